resource "azurerm_app_configuration" "settings" { # expect: AZR227
  name                = "appcs-settings"
  resource_group_name = "rg-app"
  location            = "westeurope"
}

resource "azurerm_app_configuration" "flags" {
  name                = "appcs-flags"
  resource_group_name = "rg-app"
  location            = "westeurope"
  local_auth_enabled  = true # expect: AZR227
}
