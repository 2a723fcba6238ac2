resource "azurerm_app_configuration" "settings" { # expect: AZR228
  name                = "appcs-settings"
  resource_group_name = "rg-app"
  location            = "westeurope"
  sku                 = "standard"
}

resource "azurerm_app_configuration" "flags" {
  name                  = "appcs-flags"
  resource_group_name   = "rg-app"
  location              = "westeurope"
  sku                   = "standard"
  public_network_access = "Enabled" # expect: AZR228
}
