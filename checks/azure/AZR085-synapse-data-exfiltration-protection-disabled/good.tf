variable "sql_password" {
  type      = string
  sensitive = true
}

variable "exfiltration_protection" {
  type = bool
}

resource "azurerm_synapse_workspace" "protected" {
  name                                 = "syn-protected"
  resource_group_name                  = "rg-data"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://stdl001.dfs.core.windows.net/synapse"
  sql_administrator_login              = "sqladmin"
  sql_administrator_login_password     = var.sql_password

  identity {
    type = "SystemAssigned"
  }
  managed_virtual_network_enabled      = true
  data_exfiltration_protection_enabled = true
  linking_allowed_for_aad_tenant_ids   = ["00000000-0000-0000-0000-000000000000"]
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
  managed_virtual_network_enabled      = true
  data_exfiltration_protection_enabled = var.exfiltration_protection
}
