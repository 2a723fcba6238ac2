resource "azurerm_network_interface" "app" {
  name                  = "nic-app"
  location              = "westeurope"
  resource_group_name   = "rg-app"
  ip_forwarding_enabled = true # expect: AZR210

  ip_configuration {
    name                          = "internal"
    subnet_id                     = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/app"
    private_ip_address_allocation = "Dynamic"
  }
}

resource "azurerm_network_interface" "legacy" {
  name                 = "nic-legacy"
  location             = "westeurope"
  resource_group_name  = "rg-app"
  enable_ip_forwarding = true # expect: AZR210

  ip_configuration {
    name                          = "internal"
    subnet_id                     = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/app"
    private_ip_address_allocation = "Dynamic"
  }
}
