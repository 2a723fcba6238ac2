resource "azurerm_servicebus_namespace" "orders" { # expect: AZR223
  name                = "sb-orders"
  location            = "westeurope"
  resource_group_name = "rg-messaging"
  sku                 = "Premium"
  capacity            = 1
}
