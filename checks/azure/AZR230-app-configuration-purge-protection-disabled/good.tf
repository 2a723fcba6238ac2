variable "purge_protection" {
  type = bool
}

resource "azurerm_app_configuration" "settings" {
  name                     = "appcs-settings"
  resource_group_name      = "rg-app"
  location                 = "westeurope"
  sku                      = "standard"
  purge_protection_enabled = true
}

resource "azurerm_app_configuration" "flags" {
  name                     = "appcs-flags"
  resource_group_name      = "rg-app"
  location                 = "westeurope"
  sku                      = "premium"
  purge_protection_enabled = var.purge_protection
}

# The free tier has no purge protection.
resource "azurerm_app_configuration" "free" {
  name                = "appcs-free"
  resource_group_name = "rg-app"
  location            = "westeurope"
}
