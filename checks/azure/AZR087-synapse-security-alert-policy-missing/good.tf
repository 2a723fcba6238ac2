variable "sql_password" {
  type      = string
  sensitive = true
}

variable "workspace_id" {
  type = string
}

resource "azurerm_synapse_workspace" "watched" {
  name                                 = "syn-watched"
  resource_group_name                  = "rg-data"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://stdl001.dfs.core.windows.net/synapse"
  sql_administrator_login              = "sqladmin"
  sql_administrator_login_password     = var.sql_password
  managed_virtual_network_enabled      = true
}

resource "azurerm_synapse_workspace_security_alert_policy" "watched" {
  synapse_workspace_id         = azurerm_synapse_workspace.watched.id
  policy_state                 = "Enabled"
  email_account_admins_enabled = true
  email_addresses              = ["secops@example.com"]
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
resource "azurerm_synapse_workspace_security_alert_policy" "unknown" {
  synapse_workspace_id         = var.workspace_id
  policy_state                 = "Enabled"
  email_account_admins_enabled = true
  email_addresses              = ["secops@example.com"]
}
