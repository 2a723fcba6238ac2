variable "retention_days" {
  type = number
}

resource "azurerm_monitor_log_profile" "year" {
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["westeurope", "global"]
  storage_account_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/stlogs"

  retention_policy {
    enabled = true
    days    = 365
  }
}

resource "azurerm_monitor_log_profile" "unknown" {
  name               = "other"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["northeurope", "global"]
  storage_account_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/stlogs"

  retention_policy {
    enabled = true
    days    = var.retention_days
  }
}
