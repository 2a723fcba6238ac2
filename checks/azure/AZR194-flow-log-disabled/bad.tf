resource "azurerm_network_watcher_flow_log" "off" {
  name                 = "flow-app"
  network_watcher_name = "NetworkWatcher_westeurope"
  resource_group_name  = "NetworkWatcherRG"
  target_resource_id   = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet-app"
  storage_account_id   = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/stflow"
  enabled              = false # expect: AZR194

  retention_policy {
    enabled = true
    days    = 90
  }

  traffic_analytics {
    enabled               = true
    workspace_id          = "00000000-0000-0000-0000-000000000000"
    workspace_region      = "westeurope"
    workspace_resource_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law-flow"
  }
}
