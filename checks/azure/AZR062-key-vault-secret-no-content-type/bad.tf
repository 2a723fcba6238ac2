resource "azurerm_key_vault_secret" "untyped" { # expect: AZR062
  name            = "db-password"
  key_vault_id    = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  value           = "not-a-real-secret"
  expiration_date = "2027-06-30T00:00:00Z"
}
