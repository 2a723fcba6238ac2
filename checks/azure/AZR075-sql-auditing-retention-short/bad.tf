resource "azurerm_mssql_server_extended_auditing_policy" "short" {
  server_id              = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Sql/servers/sql"
  storage_endpoint       = "https://staudit001.blob.core.windows.net/"
  retention_in_days      = 30 # expect: AZR075
  log_monitoring_enabled = false
}

resource "azurerm_sql_server" "legacy" {
  name                         = "sql-legacy"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "not-a-real-password"

  extended_auditing_policy {
    storage_endpoint  = "https://staudit001.blob.core.windows.net/"
    retention_in_days = 7 # expect: AZR075
  }
}
