variable "builtin_logging" {
  type = bool
}

resource "azurerm_linux_function_app" "default" {
  name                 = "func-default"
  resource_group_name  = "rg-web"
  location             = "westeurope"
  service_plan_id      = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name = "stfunc001"
  https_only           = true

  site_config {}
}

# Application Insights replaces the storage-based execution log.
resource "azurerm_windows_function_app" "insights" {
  name                    = "func-insights"
  resource_group_name     = "rg-web"
  location                = "westeurope"
  service_plan_id         = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name    = "stfunc001"
  https_only              = true
  builtin_logging_enabled = false

  site_config {
    application_insights_connection_string = "InstrumentationKey=00000000-0000-0000-0000-000000000000"
  }
}

resource "azurerm_linux_function_app" "unknown" {
  name                    = "func-unknown"
  resource_group_name     = "rg-web"
  location                = "westeurope"
  service_plan_id         = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name    = "stfunc001"
  https_only              = true
  builtin_logging_enabled = var.builtin_logging

  site_config {}
}
