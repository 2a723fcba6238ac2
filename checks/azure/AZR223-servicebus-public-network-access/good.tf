variable "public" {
  type = bool
}

resource "azurerm_servicebus_namespace" "orders" {
  name                          = "sb-orders"
  location                      = "westeurope"
  resource_group_name           = "rg-messaging"
  sku                           = "Premium"
  capacity                      = 1
  public_network_access_enabled = false
}

resource "azurerm_servicebus_namespace" "billing" {
  name                          = "sb-billing"
  location                      = "westeurope"
  resource_group_name           = "rg-messaging"
  sku                           = "Premium"
  capacity                      = 1
  public_network_access_enabled = var.public
}
