resource "azurerm_mssql_server_security_alert_policy" "muted" {
  resource_group_name = "rg-data"
  server_name         = "sql-app"
  state               = "Enabled"
  disabled_alerts     = ["Sql_Injection", "Data_Exfiltration"] # expect: AZR077
  email_addresses     = ["secops@example.com"]
}

resource "azurerm_postgresql_server" "muted" {
  name                         = "pg-muted"
  location                     = "westeurope"
  resource_group_name          = "rg-data"
  sku_name                     = "GP_Gen5_2"
  version                      = "11"
  administrator_login          = "dbadmin"
  administrator_login_password = "not-a-real-password"
  ssl_enforcement_enabled      = true

  threat_detection_policy {
    enabled         = true
    disabled_alerts = ["Access_Anomaly"] # expect: AZR077
  }
}
