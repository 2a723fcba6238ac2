resource "azurerm_network_security_rule" "dns" {
  name                        = "dns-in"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Udp"
  source_port_range           = "*"
  destination_port_range      = "53"
  source_address_prefix       = "Internet" # expect: AZR190
  destination_address_prefix  = "*"
  resource_group_name         = "rg-network"
  network_security_group_name = "nsg-app"
}

resource "azurerm_network_security_rule" "ntp_snmp" {
  name                        = "ntp-snmp-in"
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Udp"
  source_port_range           = "*"
  destination_port_ranges     = ["123", "161"]
  source_address_prefixes     = ["10.0.0.0/8", "0.0.0.0/0"] # expect: AZR190
  destination_address_prefix  = "*"
  resource_group_name         = "rg-network"
  network_security_group_name = "nsg-app"
}
