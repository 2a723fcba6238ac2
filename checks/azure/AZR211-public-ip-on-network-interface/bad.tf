resource "azurerm_public_ip" "vm" { # expect: AZR211
  name                = "pip-vm"
  location            = "westeurope"
  resource_group_name = "rg-app"
  allocation_method   = "Static"
  sku                 = "Standard"
}

resource "azurerm_network_interface" "vm" {
  name                = "nic-vm"
  location            = "westeurope"
  resource_group_name = "rg-app"

  ip_configuration {
    name                          = "public"
    subnet_id                     = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/app"
    private_ip_address_allocation = "Dynamic"
    public_ip_address_id          = azurerm_public_ip.vm.id
  }
}
