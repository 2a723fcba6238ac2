variable "tde" {
  type = bool
}

resource "azurerm_mssql_database" "default" {
  name      = "db-default"
  server_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Sql/servers/sql"
  sku_name  = "S0"
}

resource "azurerm_mssql_database" "unknown" {
  name                                = "db-unknown"
  server_id                           = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Sql/servers/sql"
  sku_name                            = "S0"
  transparent_data_encryption_enabled = var.tde
}
