variable "diagnostics_target" {
  type = string
}

resource "azurerm_linux_web_app" "file_logs" {
  name                = "app-file-logs"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {}

  logs {
    http_logs {
      file_system {
        retention_in_days = 30
        retention_in_mb   = 35
      }
    }
  }
}

resource "azurerm_windows_web_app" "diagnostics" {
  name                = "app-diagnostics"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {}
}

resource "azurerm_monitor_diagnostic_setting" "diagnostics" {
  name                       = "http"
  target_resource_id         = azurerm_windows_web_app.diagnostics.id
  log_analytics_workspace_id = "/subscriptions/000/resourceGroups/rg-ops/providers/Microsoft.OperationalInsights/workspaces/ops"

  enabled_log {
    category = "AppServiceHTTPLogs"
  }
}

# A diagnostic setting whose target is not known might belong to this app.
resource "azurerm_linux_web_app" "unknown" {
  name                = "app-unknown"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {}
}

resource "azurerm_monitor_diagnostic_setting" "unknown" {
  name                       = "all"
  target_resource_id         = var.diagnostics_target
  log_analytics_workspace_id = "/subscriptions/000/resourceGroups/rg-ops/providers/Microsoft.OperationalInsights/workspaces/ops"

  enabled_log {
    category_group = "allLogs"
  }
}
