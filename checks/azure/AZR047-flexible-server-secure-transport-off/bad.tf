resource "azurerm_postgresql_flexible_server_configuration" "plain" {
  name      = "require_secure_transport"
  server_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/pg"
  value     = "off" # expect: AZR047
}

resource "azurerm_mysql_flexible_server_configuration" "plain" {
  name                = "require_secure_transport"
  resource_group_name = "rg-data"
  server_name         = "mysql-app"
  value               = "OFF" # expect: AZR047
}
