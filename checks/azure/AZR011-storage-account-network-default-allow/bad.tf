resource "azurerm_storage_account" "open" {
  name                     = "stopen001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  network_rules {
    default_action = "Allow" # expect: AZR011
    ip_rules       = ["203.0.113.10"]
  }
}

resource "azurerm_storage_account_network_rules" "open" {
  storage_account_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st"
  default_action     = "Allow" # expect: AZR011
}
