resource "azurerm_web_pubsub" "live" { # expect: AZR233
  name                = "wps-live"
  location            = "westeurope"
  resource_group_name = "rg-app"
  sku                 = "Standard_S1"
}
