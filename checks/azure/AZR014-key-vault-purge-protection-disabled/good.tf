variable "purge_protection" {
  type = bool
}

resource "azurerm_key_vault" "protected" {
  name                = "kv-protected"
  location            = "westeurope"
  resource_group_name = "rg-security"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
  purge_protection_enabled   = true
  soft_delete_retention_days = 90
}

resource "azurerm_key_vault" "unknown" {
  name                = "kv-unknown"
  location            = "westeurope"
  resource_group_name = "rg-security"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
  purge_protection_enabled = var.purge_protection
}
