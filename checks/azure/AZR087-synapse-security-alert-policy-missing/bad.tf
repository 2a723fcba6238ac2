variable "sql_password" {
  type      = string
  sensitive = true
}

resource "azurerm_synapse_workspace" "unwatched" { # expect: AZR087
  name                                 = "syn-unwatched"
  resource_group_name                  = "rg-data"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://stdl001.dfs.core.windows.net/synapse"
  sql_administrator_login              = "sqladmin"
  sql_administrator_login_password     = var.sql_password
  managed_virtual_network_enabled      = true
}

resource "azurerm_synapse_workspace" "disabled" { # expect: AZR087
  name                                 = "syn-disabled"
  resource_group_name                  = "rg-data"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://stdl001.dfs.core.windows.net/synapse"
  sql_administrator_login              = "sqladmin"
  sql_administrator_login_password     = var.sql_password
  managed_virtual_network_enabled      = true
}

resource "azurerm_synapse_workspace_security_alert_policy" "disabled" {
  synapse_workspace_id = azurerm_synapse_workspace.disabled.id
  policy_state         = "Disabled"
}
