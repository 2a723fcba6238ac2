variable "public" {
  type = bool
}

resource "azurerm_machine_learning_workspace" "private" {
  name                          = "mlw-private"
  location                = "westeurope"
  resource_group_name     = "rg-ml"
  application_insights_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Insights/components/ml"
  key_vault_id            = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-ml"
  storage_account_id      = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/stml"

  identity {
    type = "SystemAssigned"
  }
  public_network_access_enabled = false
}

resource "azurerm_machine_learning_workspace" "unknown" {
  name                          = "mlw-var"
  location                = "westeurope"
  resource_group_name     = "rg-ml"
  application_insights_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Insights/components/ml"
  key_vault_id            = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-ml"
  storage_account_id      = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/stml"

  identity {
    type = "SystemAssigned"
  }
  public_network_access_enabled = var.public
}
