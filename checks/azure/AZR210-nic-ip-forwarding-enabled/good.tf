variable "forwarding" {
  type = bool
}

# Off by default.
resource "azurerm_network_interface" "app" {
  name                = "nic-app"
  location            = "westeurope"
  resource_group_name = "rg-app"

  ip_configuration {
    name                          = "internal"
    subnet_id                     = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/app"
    private_ip_address_allocation = "Dynamic"
  }
}

resource "azurerm_network_interface" "explicit" {
  name                  = "nic-explicit"
  location              = "westeurope"
  resource_group_name   = "rg-app"
  ip_forwarding_enabled = false

  ip_configuration {
    name                          = "internal"
    subnet_id                     = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/app"
    private_ip_address_allocation = "Dynamic"
  }
}

resource "azurerm_network_interface" "unknown" {
  name                  = "nic-unknown"
  location              = "westeurope"
  resource_group_name   = "rg-app"
  ip_forwarding_enabled = var.forwarding

  ip_configuration {
    name                          = "internal"
    subnet_id                     = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/app"
    private_ip_address_allocation = "Dynamic"
  }
}
