resource "azurerm_network_security_group" "dns" {
  name                = "nsg-dns"
  location            = "westeurope"
  resource_group_name = "rg-network"

  security_rule {
    name                       = "https"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "443"
    source_address_prefix      = "*"
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "dns"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Udp"
    source_port_range          = "*"
    destination_port_range     = "53"
    source_address_prefix      = "0.0.0.0/0" # expect: AZR191
    destination_address_prefix = "*"
  }
}
