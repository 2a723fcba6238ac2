resource "azurerm_key_vault_key" "software" {
  name            = "cmk"
  key_vault_id    = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  key_type        = "RSA" # expect: AZR063
  key_size        = 3072
  key_opts        = ["wrapKey", "unwrapKey"]
  expiration_date = "2027-06-30T00:00:00Z"
}
