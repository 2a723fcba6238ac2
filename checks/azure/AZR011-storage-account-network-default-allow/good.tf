variable "default_action" {
  type = string
}

resource "azurerm_storage_account" "locked" {
  name                     = "stlocked001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  network_rules {
    default_action = "Deny"
    bypass         = ["AzureServices"]
    ip_rules       = ["203.0.113.10"]
  }
}

resource "azurerm_storage_account_network_rules" "unknown" {
  storage_account_id = azurerm_storage_account.locked.id
  default_action     = var.default_action
}
