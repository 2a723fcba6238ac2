variable "disabled_alerts" {
  type = list(string)
}

resource "azurerm_mssql_server_security_alert_policy" "all" {
  resource_group_name = "rg-data"
  server_name         = "sql-app"
  state               = "Enabled"
  disabled_alerts     = []
  email_addresses     = ["secops@example.com"]
}

resource "azurerm_mssql_server_security_alert_policy" "unknown" {
  resource_group_name = "rg-data"
  server_name         = "sql-other"
  state               = "Enabled"
  disabled_alerts     = var.disabled_alerts
}
