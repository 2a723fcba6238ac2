resource "azurerm_linux_function_app" "quiet" {
  name                    = "func-quiet"
  resource_group_name     = "rg-web"
  location                = "westeurope"
  service_plan_id         = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name    = "stfunc001"
  https_only              = true
  builtin_logging_enabled = false # expect: AZR126

  site_config {}
}

resource "azurerm_function_app" "legacy" {
  name                   = "func-legacy"
  location               = "westeurope"
  resource_group_name    = "rg-web"
  app_service_plan_id    = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name   = "stfunc001"
  https_only             = true
  enable_builtin_logging = false # expect: AZR126

  site_config {
    ftps_state = "Disabled"
  }
}
