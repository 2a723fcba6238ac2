resource "azurerm_servicebus_namespace" "orders" { # expect: AZR224
  name                = "sb-orders"
  location            = "westeurope"
  resource_group_name = "rg-messaging"
  sku                 = "Standard"
}
