resource "azurerm_signalr_service" "chat" {
  name                = "sigr-chat"
  location            = "westeurope"
  resource_group_name = "rg-app"

  sku {
    name     = "Free_F1" # expect: AZR232
    capacity = 1
  }
}

resource "azurerm_web_pubsub" "live" {
  name                = "wps-live"
  location            = "westeurope"
  resource_group_name = "rg-app"
  sku                 = "Free_F1" # expect: AZR232
}
