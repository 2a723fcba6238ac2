variable "zone_redundant" {
  type = bool
}

resource "azurerm_mssql_database" "zones" {
  name           = "app"
  server_id      = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Sql/servers/sql"
  sku_name       = "GP_Gen5_2"
  zone_redundant = true
}

resource "azurerm_mssql_database" "standard" {
  name      = "small"
  server_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Sql/servers/sql"
  sku_name  = "S0"
}

resource "azurerm_mssql_database" "unknown" {
  name           = "other"
  server_id      = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Sql/servers/sql"
  sku_name       = "P1"
  zone_redundant = var.zone_redundant
}
