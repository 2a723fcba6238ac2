resource "azurerm_storage_account" "strict" {
  name                     = "ststrict001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  network_rules {
    default_action = "Deny"
    bypass         = ["None"] # expect: AZR052
    ip_rules       = ["203.0.113.10"]
  }
}

resource "azurerm_storage_account_network_rules" "strict" {
  storage_account_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st"
  default_action     = "Deny"
  bypass             = ["Logging", "Metrics"] # expect: AZR052
}
