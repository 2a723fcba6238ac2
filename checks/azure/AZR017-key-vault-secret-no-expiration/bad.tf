resource "azurerm_key_vault_secret" "forever" { # expect: AZR017
  name         = "forever"
  key_vault_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  value        = "not-a-real-secret"
}
