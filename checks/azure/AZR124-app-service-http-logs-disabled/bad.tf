resource "azurerm_linux_web_app" "silent" { # expect: AZR124
  name                = "app-silent"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {}

  logs {
    detailed_error_messages = true
  }
}

resource "azurerm_windows_web_app" "metrics_only" { # expect: AZR124
  name                = "app-metrics"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {}
}

resource "azurerm_monitor_diagnostic_setting" "metrics_only" {
  name                       = "metrics"
  target_resource_id         = azurerm_windows_web_app.metrics_only.id
  log_analytics_workspace_id = "/subscriptions/000/resourceGroups/rg-ops/providers/Microsoft.OperationalInsights/workspaces/ops"

  enabled_metric {
    category = "AllMetrics"
  }
}
