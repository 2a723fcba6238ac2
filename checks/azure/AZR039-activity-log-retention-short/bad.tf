resource "azurerm_monitor_log_profile" "short" {
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["westeurope", "global"]
  storage_account_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/stlogs"

  retention_policy {
    enabled = true
    days    = 30 # expect: AZR039
  }
}
