resource "azurerm_mssql_database" "single_zone" { # expect: AZR107
  name      = "app"
  server_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Sql/servers/sql"
  sku_name  = "BC_Gen5_2"
}
