variable "content_type" {
  type = string
}

resource "azurerm_key_vault_secret" "typed" {
  name            = "db-password"
  key_vault_id    = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  value           = "not-a-real-secret"
  content_type    = "password"
  expiration_date = "2027-06-30T00:00:00Z"
}

resource "azurerm_key_vault_secret" "unknown" {
  name            = "api-key"
  key_vault_id    = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  value           = "not-a-real-secret"
  content_type    = var.content_type
  expiration_date = "2027-06-30T00:00:00Z"
}
