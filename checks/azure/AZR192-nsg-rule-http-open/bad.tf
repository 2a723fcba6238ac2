resource "azurerm_network_security_rule" "web" {
  name                        = "web-in"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "80"
  source_address_prefix       = "*" # expect: AZR192
  destination_address_prefix  = "*"
  resource_group_name         = "rg-network"
  network_security_group_name = "nsg-web"
}

# A range holding port 80, and a list of sources holding the internet tag.
resource "azurerm_network_security_rule" "web_range" {
  name                        = "web-range"
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "*"
  source_port_range           = "*"
  destination_port_ranges     = ["443", "80-81"]
  source_address_prefixes     = ["Internet"] # expect: AZR192
  destination_address_prefix  = "*"
  resource_group_name         = "rg-network"
  network_security_group_name = "nsg-web"
}
