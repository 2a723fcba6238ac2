variable "sql_password" {
  type      = string
  sensitive = true
}

variable "managed_vnet" {
  type = bool
}

resource "azurerm_synapse_workspace" "isolated" {
  name                                 = "syn-isolated"
  resource_group_name                  = "rg-data"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://stdl001.dfs.core.windows.net/synapse"
  sql_administrator_login              = "sqladmin"
  sql_administrator_login_password     = var.sql_password

  identity {
    type = "SystemAssigned"
  }
  managed_virtual_network_enabled      = true
}

resource "azurerm_synapse_workspace" "unknown" {
  name                                 = "syn-unknown"
  resource_group_name                  = "rg-data"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://stdl001.dfs.core.windows.net/synapse"
  sql_administrator_login              = "sqladmin"
  sql_administrator_login_password     = var.sql_password

  identity {
    type = "SystemAssigned"
  }
  managed_virtual_network_enabled      = var.managed_vnet
}
