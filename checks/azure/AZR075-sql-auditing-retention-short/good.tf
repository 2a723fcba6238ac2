variable "retention" {
  type = number
}

resource "azurerm_mssql_server_extended_auditing_policy" "long" {
  server_id         = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Sql/servers/sql"
  storage_endpoint  = "https://staudit001.blob.core.windows.net/"
  retention_in_days = 365
}

resource "azurerm_mssql_database_extended_auditing_policy" "unlimited" {
  database_id      = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Sql/servers/sql/databases/app"
  storage_endpoint = "https://staudit001.blob.core.windows.net/"
}

resource "azurerm_mssql_database_extended_auditing_policy" "unknown" {
  database_id       = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Sql/servers/sql/databases/other"
  storage_endpoint  = "https://staudit001.blob.core.windows.net/"
  retention_in_days = var.retention
}
