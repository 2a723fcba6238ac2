variable "sql_password" {
  type      = string
  sensitive = true
}

variable "workspace_id" {
  type = string
}

resource "azurerm_synapse_workspace" "audited" {
  name                                 = "syn-audited"
  resource_group_name                  = "rg-data"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://stdl001.dfs.core.windows.net/synapse"
  sql_administrator_login              = "sqladmin"
  sql_administrator_login_password     = var.sql_password
  managed_virtual_network_enabled      = true
}

resource "azurerm_synapse_workspace_extended_auditing_policy" "audited" {
  synapse_workspace_id   = azurerm_synapse_workspace.audited.id
  storage_endpoint       = "https://staudit001.blob.core.windows.net/"
  retention_in_days      = 180
  log_monitoring_enabled = true
}

resource "azurerm_synapse_workspace" "maybe" {
  name                                 = "syn-maybe"
  resource_group_name                  = "rg-data"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://stdl001.dfs.core.windows.net/synapse"
  sql_administrator_login              = "sqladmin"
  sql_administrator_login_password     = var.sql_password
  managed_virtual_network_enabled      = true
}

# Unknown: this policy may belong to the workspace above.
resource "azurerm_synapse_workspace_extended_auditing_policy" "unknown" {
  synapse_workspace_id = var.workspace_id
  storage_endpoint     = "https://staudit001.blob.core.windows.net/"
}
