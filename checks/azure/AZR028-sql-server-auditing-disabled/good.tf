resource "azurerm_mssql_server" "audited" {
  name                         = "sql-audited"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "not-a-real-password"
}

resource "azurerm_mssql_server_extended_auditing_policy" "audited" {
  server_id              = azurerm_mssql_server.audited.id
  log_monitoring_enabled = true
}

resource "azurerm_sql_server" "inline" {
  name                         = "sql-inline"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "not-a-real-password"

  extended_auditing_policy {
    storage_endpoint  = "https://staudit.blob.core.windows.net/"
    retention_in_days = 90
  }
}
