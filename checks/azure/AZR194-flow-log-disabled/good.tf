variable "flow_logs_on" {
  type = bool
}

resource "azurerm_network_watcher_flow_log" "on" {
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
}

resource "azurerm_network_watcher_flow_log" "unknown" {
  name                 = "flow-db"
  network_watcher_name = "NetworkWatcher_westeurope"
  resource_group_name  = "NetworkWatcherRG"
  target_resource_id   = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet-db"
  storage_account_id   = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/stflow"
  enabled              = var.flow_logs_on

  retention_policy {
    enabled = true
    days    = 90
  }
}
