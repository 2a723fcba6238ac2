variable "days" {
  type = number
}

resource "azurerm_network_watcher_flow_log" "quarter" {
  name                 = "flow-quarter"
  network_watcher_name = "NetworkWatcher_westeurope"
  resource_group_name  = "NetworkWatcherRG"
  network_security_group_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/nsg"
  storage_account_id   = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/stflow"
  enabled              = true

  retention_policy {
    enabled = true
    days    = 90
  }
}

resource "azurerm_network_watcher_flow_log" "unknown" {
  name                 = "flow-unknown"
  network_watcher_name = "NetworkWatcher_westeurope"
  resource_group_name  = "NetworkWatcherRG"
  network_security_group_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/nsg"
  storage_account_id   = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/stflow"
  enabled              = true

  retention_policy {
    enabled = true
    days    = var.days
  }
}
