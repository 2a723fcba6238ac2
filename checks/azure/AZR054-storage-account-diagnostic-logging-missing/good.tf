resource "azurerm_storage_account" "logged" {
  name                     = "stlogged001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_monitor_diagnostic_setting" "blobs" {
  name                       = "blob-logs"
  target_resource_id         = "${azurerm_storage_account.logged.id}/blobServices/default"
  log_analytics_workspace_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  enabled_log {
    category = "StorageRead"
  }
  enabled_log {
    category = "StorageWrite"
  }
  enabled_log {
    category = "StorageDelete"
  }
}

resource "azurerm_storage_account" "insights" {
  name                     = "stlogged002"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_log_analytics_storage_insights" "insights" {
  name                 = "insights"
  resource_group_name  = "rg-data"
  workspace_id         = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"
  storage_account_id   = azurerm_storage_account.insights.id
  storage_account_key  = azurerm_storage_account.insights.primary_access_key
  blob_container_names = ["data"]
}
