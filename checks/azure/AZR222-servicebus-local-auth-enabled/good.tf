variable "sas" {
  type = bool
}

resource "azurerm_servicebus_namespace" "orders" {
  name                = "sb-orders"
  location            = "westeurope"
  resource_group_name = "rg-messaging"
  sku                 = "Standard"
  local_auth_enabled  = false
}

resource "azurerm_servicebus_namespace" "billing" {
  name                = "sb-billing"
  location            = "westeurope"
  resource_group_name = "rg-messaging"
  sku                 = "Standard"
  local_auth_enabled  = var.sas
}
