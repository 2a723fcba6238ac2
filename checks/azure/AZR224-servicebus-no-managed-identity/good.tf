variable "identity_type" {
  type = string
}

resource "azurerm_servicebus_namespace" "orders" {
  name                = "sb-orders"
  location            = "westeurope"
  resource_group_name = "rg-messaging"
  sku                 = "Premium"
  capacity            = 1

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_servicebus_namespace" "billing" {
  name                = "sb-billing"
  location            = "westeurope"
  resource_group_name = "rg-messaging"
  sku                 = "Standard"

  identity {
    type = var.identity_type
  }
}
