# The subscription's activity log is exported by another stack: the alerts may live there too.
resource "azurerm_monitor_action_group" "app" {
  name                = "app"
  resource_group_name = "rg-app"
  short_name          = "app"
}

resource "azurerm_monitor_diagnostic_setting" "vault" {
  name                       = "vault-logs"
  target_resource_id         = "/subscriptions/000/resourceGroups/rg-app/providers/Microsoft.KeyVault/vaults/kv-app"
  log_analytics_workspace_id = "/subscriptions/000/resourceGroups/rg-monitoring/providers/Microsoft.OperationalInsights/workspaces/law-sec"

  enabled_log {
    category = "AuditEvent"
  }
}
