resource "azurerm_network_security_group" "app" {
  name                = "nsg-app"
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
    source_address_prefix      = "10.0.0.0/8"
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "admin"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "0.0.0.0/0" # expect: AZR006
    destination_address_prefix = "*"
  }
}

resource "azurerm_network_security_group" "legacy" {
  name                = "nsg-legacy"
  location            = "westeurope"
  resource_group_name = "rg-network"

  security_rule {
    name                       = "range"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_ranges    = ["0-65535"]
    source_address_prefix      = "Internet" # expect: AZR006
    destination_address_prefix = "*"
  }
}
