resource "azurerm_mssql_database" "plain" {
  name                                = "db-plain"
  server_id                           = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Sql/servers/sql"
  sku_name                            = "S0"
  transparent_data_encryption_enabled = false # expect: AZR050
}
