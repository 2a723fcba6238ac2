resource "azurerm_key_vault" "silent" { # expect: AZR064
  name                     = "kv-silent"
  location                 = "westeurope"
  resource_group_name      = "rg-data"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = true
}

resource "azurerm_key_vault" "metrics_only" { # expect: AZR064
  name                     = "kv-metrics"
  location                 = "westeurope"
  resource_group_name      = "rg-data"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = true
}

resource "azurerm_monitor_diagnostic_setting" "metrics_only" {
  name                       = "metrics"
  target_resource_id         = azurerm_key_vault.metrics_only.id
  log_analytics_workspace_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  enabled_metric {
    category = "AllMetrics"
  }
}
