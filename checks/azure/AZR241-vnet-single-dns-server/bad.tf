resource "azurerm_virtual_network" "app" {
  name                = "vnet-app"
  location            = "westeurope"
  resource_group_name = "rg-network"
  address_space       = ["10.0.0.0/16"]
  dns_servers         = ["10.0.0.4"] # expect: AZR241
}

resource "azurerm_virtual_network_dns_servers" "shared" {
  virtual_network_id = "/subscriptions/000/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/vnet-shared"
  dns_servers        = ["10.1.0.4"] # expect: AZR241
}
