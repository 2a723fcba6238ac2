variable "analytics_on" {
  type = bool
}

resource "azurerm_network_watcher_flow_log" "analytics" {
  name                 = "flow-app"
  network_watcher_name = "NetworkWatcher_westeurope"
  resource_group_name  = "NetworkWatcherRG"
  target_resource_id   = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet-app"
  storage_account_id   = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/stflow"
  enabled              = true

  retention_policy {
    enabled = true
    days    = 90
  }

  traffic_analytics {
    enabled               = true
    workspace_id          = "00000000-0000-0000-0000-000000000000"
    workspace_region      = "westeurope"
    workspace_resource_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law-sec"
    interval_in_minutes   = 10
  }
}

resource "azurerm_network_watcher_flow_log" "unknown" {
  name                 = "flow-db"
  network_watcher_name = "NetworkWatcher_westeurope"
  resource_group_name  = "NetworkWatcherRG"
  target_resource_id   = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet-db"
  storage_account_id   = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/stflow"
  enabled              = true

  retention_policy {
    enabled = true
    days    = 90
  }

  traffic_analytics {
    enabled               = var.analytics_on
    workspace_id          = "00000000-0000-0000-0000-000000000000"
    workspace_region      = "westeurope"
    workspace_resource_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law-sec"
  }
}

# A flow log that is off is AZR194's finding.
resource "azurerm_network_watcher_flow_log" "off" {
  name                 = "flow-off"
  network_watcher_name = "NetworkWatcher_westeurope"
  resource_group_name  = "NetworkWatcherRG"
  target_resource_id   = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet-off"
  storage_account_id   = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/stflow"
  enabled              = false

  retention_policy {
    enabled = true
    days    = 90
  }
}
