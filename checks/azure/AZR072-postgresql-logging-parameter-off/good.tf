variable "log_disconnections" {
  type = string
}

resource "azurerm_postgresql_configuration" "checkpoints" {
  name                = "log_checkpoints"
  resource_group_name = "rg-data"
  server_name         = "pg-single"
  value               = "on"
}

resource "azurerm_postgresql_flexible_server_configuration" "statement" {
  name      = "log_statement"
  server_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/pg"
  value     = "none"
}

resource "azurerm_postgresql_flexible_server_configuration" "unknown" {
  name      = "log_disconnections"
  server_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/pg"
  value     = var.log_disconnections
}
