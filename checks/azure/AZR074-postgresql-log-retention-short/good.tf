variable "retention_days" {
  type = string
}

resource "azurerm_postgresql_configuration" "retention" {
  name                = "log_retention_days"
  resource_group_name = "rg-data"
  server_name         = "pg-single"
  value               = "7"
}

resource "azurerm_postgresql_flexible_server_configuration" "unknown" {
  name      = "logfiles.retention_days"
  server_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/pg"
  value     = var.retention_days
}
