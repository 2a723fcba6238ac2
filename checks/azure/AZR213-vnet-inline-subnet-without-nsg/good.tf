variable "nsg_id" {
  type = string
}

resource "azurerm_network_security_group" "web" {
  name                = "nsg-web"
  location            = "westeurope"
  resource_group_name = "rg-network"
}

resource "azurerm_virtual_network" "main" {
  name                = "vnet-main"
  location            = "westeurope"
  resource_group_name = "rg-network"
  address_space       = ["10.0.0.0/16"]

  subnet {
    name             = "snet-web"
    address_prefixes = ["10.0.1.0/24"]
    security_group   = azurerm_network_security_group.web.id
  }

  subnet {
    name             = "snet-db"
    address_prefixes = ["10.0.2.0/24"]
    security_group   = var.nsg_id
  }

  subnet {
    name             = "GatewaySubnet"
    address_prefixes = ["10.0.255.0/27"]
  }
}
