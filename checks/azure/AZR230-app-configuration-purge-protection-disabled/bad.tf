resource "azurerm_app_configuration" "settings" { # expect: AZR230
  name                = "appcs-settings"
  resource_group_name = "rg-app"
  location            = "westeurope"
  sku                 = "standard"
}
