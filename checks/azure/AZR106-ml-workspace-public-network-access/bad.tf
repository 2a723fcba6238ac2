resource "azurerm_machine_learning_workspace" "public" { # expect: AZR106
  name                    = "mlw-public"
  location                = "westeurope"
  resource_group_name     = "rg-ml"
  application_insights_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Insights/components/ml"
  key_vault_id            = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-ml"
  storage_account_id      = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/stml"

  identity {
    type = "SystemAssigned"
  }
}
