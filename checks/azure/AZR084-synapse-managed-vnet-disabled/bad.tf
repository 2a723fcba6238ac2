variable "sql_password" {
  type      = string
  sensitive = true
}

resource "azurerm_synapse_workspace" "shared" { # expect: AZR084
  name                                 = "syn-shared"
  resource_group_name                  = "rg-data"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://stdl001.dfs.core.windows.net/synapse"
  sql_administrator_login              = "sqladmin"
  sql_administrator_login_password     = var.sql_password

  identity {
    type = "SystemAssigned"
  }
}
