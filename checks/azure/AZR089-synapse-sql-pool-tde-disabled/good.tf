variable "encrypted" {
  type = bool
}

resource "azurerm_synapse_sql_pool" "encrypted" {
  name                 = "dwenc"
  synapse_workspace_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Synapse/workspaces/syn"
  sku_name             = "DW100c"
  create_mode          = "Default"
  storage_account_type = "GRS"
  data_encrypted       = true
}

resource "azurerm_synapse_sql_pool" "unknown" {
  name                 = "dwvar"
  synapse_workspace_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Synapse/workspaces/syn"
  sku_name             = "DW100c"
  create_mode          = "Default"
  storage_account_type = "GRS"
  data_encrypted       = var.encrypted
}
