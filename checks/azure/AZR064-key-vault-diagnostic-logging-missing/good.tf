variable "vault_id" {
  type = string
}

resource "azurerm_key_vault" "audited" {
  name                     = "kv-audited"
  location                 = "westeurope"
  resource_group_name      = "rg-data"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = true
}

resource "azurerm_monitor_diagnostic_setting" "audited" {
  name                       = "audit"
  target_resource_id         = azurerm_key_vault.audited.id
  log_analytics_workspace_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  enabled_log {
    category_group = "audit"
  }
}

resource "azurerm_key_vault" "legacy" {
  name                     = "kv-legacy"
  location                 = "westeurope"
  resource_group_name      = "rg-data"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = true
}

resource "azurerm_monitor_diagnostic_setting" "legacy" {
  name               = "audit"
  target_resource_id = azurerm_key_vault.legacy.id
  storage_account_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/audit"

  log {
    category = "AuditEvent"
    enabled  = true
  }
}

resource "azurerm_key_vault" "maybe" {
  name                     = "kv-maybe"
  location                 = "westeurope"
  resource_group_name      = "rg-data"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = true
}

# Unknown: this setting may target the vault above.
resource "azurerm_monitor_diagnostic_setting" "unknown" {
  name                       = "audit"
  target_resource_id         = var.vault_id
  log_analytics_workspace_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  enabled_log {
    category = "AuditEvent"
  }
}
