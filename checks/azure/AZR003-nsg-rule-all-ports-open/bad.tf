resource "azurerm_network_security_rule" "admin" {
  name                        = "admin-in"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "*"
  source_address_prefix       = "*" # expect: AZR003
  destination_address_prefix  = "*"
  resource_group_name         = "rg-network"
  network_security_group_name = "nsg-app"
}

# A range that covers the port is just as exposed, and the `Internet` service tag is the whole internet.
resource "azurerm_network_security_rule" "legacy_range" {
  name                        = "legacy-range"
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "*"
  source_port_range           = "*"
  destination_port_range      = "0-65535"
  source_address_prefix       = "Internet" # expect: AZR003
  destination_address_prefix  = "VirtualNetwork"
  resource_group_name         = "rg-network"
  network_security_group_name = "nsg-app"
}

# A list of sources holding 0.0.0.0/0.
resource "azurerm_network_security_rule" "list" {
  name                        = "list"
  priority                    = 120
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Udp"
  source_port_range           = "*"
  destination_port_range      = "*"
  source_address_prefixes     = ["10.0.0.0/8", "0.0.0.0/0"] # expect: AZR003
  destination_address_prefix  = "*"
  resource_group_name         = "rg-network"
  network_security_group_name = "nsg-app"
}
