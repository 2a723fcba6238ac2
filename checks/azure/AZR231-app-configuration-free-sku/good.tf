variable "sku" {
  type = string
}

resource "azurerm_app_configuration" "settings" {
  name                = "appcs-settings"
  resource_group_name = "rg-app"
  location            = "westeurope"
  sku                 = "standard"
}

resource "azurerm_app_configuration" "flags" {
  name                = "appcs-flags"
  resource_group_name = "rg-app"
  location            = "westeurope"
  sku                 = var.sku
}
