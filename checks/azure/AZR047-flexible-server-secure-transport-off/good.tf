variable "secure_transport" {
  type = string
}

resource "azurerm_postgresql_flexible_server_configuration" "tls" {
  name      = "require_secure_transport"
  server_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/pg"
  value     = "on"
}

# Another parameter set to off is not about transport security.
resource "azurerm_postgresql_flexible_server_configuration" "other" {
  name      = "log_checkpoints"
  server_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/pg"
  value     = "off"
}

resource "azurerm_mysql_flexible_server_configuration" "unknown" {
  name                = "require_secure_transport"
  resource_group_name = "rg-data"
  server_name         = "mysql-app"
  value               = var.secure_transport
}
