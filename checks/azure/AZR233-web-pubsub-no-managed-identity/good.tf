variable "identity_type" {
  type = string
}

resource "azurerm_web_pubsub" "live" {
  name                = "wps-live"
  location            = "westeurope"
  resource_group_name = "rg-app"
  sku                 = "Standard_S1"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_web_pubsub" "other" {
  name                = "wps-other"
  location            = "westeurope"
  resource_group_name = "rg-app"
  sku                 = "Standard_S1"

  identity {
    type = var.identity_type
  }
}
