resource "azurerm_postgresql_configuration" "throttling" {
  name                = "connection_throttling"
  resource_group_name = "rg-data"
  server_name         = "pg-single"
  value               = "off" # expect: AZR073
}

resource "azurerm_postgresql_flexible_server_configuration" "throttling" {
  name      = "connection_throttle.enable"
  server_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/pg"
  value     = "off" # expect: AZR073
}
