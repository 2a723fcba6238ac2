resource "azurerm_windows_web_app" "ftp" {
  name                = "app-ftp"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"

  site_config {
    ftps_state = "AllAllowed" # expect: AZR033
  }
}

resource "azurerm_function_app" "legacy" { # expect: AZR033
  name                       = "func-legacy"
  location                   = "westeurope"
  resource_group_name        = "rg-web"
  app_service_plan_id        = azurerm_app_service_plan.functions.id
  storage_account_name       = azurerm_storage_account.functions.name
  storage_account_access_key = var.storage_key
}

resource "azurerm_linux_web_app_slot" "staging" {
  name           = "staging"
  app_service_id = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/sites/app-ftp"

  site_config {
    ftps_state = "AllAllowed" # expect: AZR033
  }
}

variable "storage_key" {
  type      = string
  sensitive = true
}
