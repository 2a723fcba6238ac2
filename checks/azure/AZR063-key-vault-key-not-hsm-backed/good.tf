variable "key_type" {
  type = string
}

resource "azurerm_key_vault_key" "hsm" {
  name            = "cmk"
  key_vault_id    = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  key_type        = "RSA-HSM"
  key_size        = 3072
  key_opts        = ["wrapKey", "unwrapKey"]
  expiration_date = "2027-06-30T00:00:00Z"
}

resource "azurerm_key_vault_key" "unknown" {
  name            = "signing"
  key_vault_id    = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"
  key_type        = var.key_type
  curve           = "P-256"
  key_opts        = ["sign", "verify"]
  expiration_date = "2027-06-30T00:00:00Z"
}
