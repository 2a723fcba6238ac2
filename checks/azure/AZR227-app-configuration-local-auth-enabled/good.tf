variable "keys" {
  type = bool
}

resource "azurerm_app_configuration" "settings" {
  name                = "appcs-settings"
  resource_group_name = "rg-app"
  location            = "westeurope"
  local_auth_enabled  = false
}

resource "azurerm_app_configuration" "flags" {
  name                = "appcs-flags"
  resource_group_name = "rg-app"
  location            = "westeurope"
  local_auth_enabled  = var.keys
}
