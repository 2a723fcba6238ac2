resource "azurerm_servicebus_namespace" "orders" { # expect: AZR222
  name                = "sb-orders"
  location            = "westeurope"
  resource_group_name = "rg-messaging"
  sku                 = "Standard"
}

resource "azurerm_servicebus_namespace" "billing" {
  name                = "sb-billing"
  location            = "westeurope"
  resource_group_name = "rg-messaging"
  sku                 = "Premium"
  capacity            = 1
  local_auth_enabled  = true # expect: AZR222
}
