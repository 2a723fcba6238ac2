variable "dns_servers" {
  type = list(string)
}

resource "azurerm_virtual_network" "app" {
  name                = "vnet-app"
  location            = "westeurope"
  resource_group_name = "rg-network"
  address_space       = ["10.0.0.0/16"]
  dns_servers         = ["10.0.0.4", "10.0.0.5"]
}

resource "azurerm_virtual_network" "azure_dns" {
  name                = "vnet-azure-dns"
  location            = "westeurope"
  resource_group_name = "rg-network"
  address_space       = ["10.0.0.0/16"]
}

resource "azurerm_virtual_network" "unknown" {
  name                = "vnet-unknown"
  location            = "westeurope"
  resource_group_name = "rg-network"
  address_space       = ["10.0.0.0/16"]
  dns_servers         = var.dns_servers
}
