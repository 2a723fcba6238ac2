resource "azurerm_synapse_sql_pool" "plain" { # expect: AZR089
  name                 = "dwplain"
  synapse_workspace_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Synapse/workspaces/syn"
  sku_name             = "DW100c"
  create_mode          = "Default"
  storage_account_type = "GRS"
}

resource "azurerm_synapse_sql_pool" "off" {
  name                 = "dwoff"
  synapse_workspace_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Synapse/workspaces/syn"
  sku_name             = "DW100c"
  create_mode          = "Default"
  storage_account_type = "GRS"
  data_encrypted       = false # expect: AZR089
}
