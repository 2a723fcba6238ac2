resource "azurerm_app_configuration" "settings" { # expect: AZR231
  name                = "appcs-settings"
  resource_group_name = "rg-app"
  location            = "westeurope"
}

resource "azurerm_app_configuration" "flags" {
  name                = "appcs-flags"
  resource_group_name = "rg-app"
  location            = "westeurope"
  sku                 = "developer" # expect: AZR231
}
