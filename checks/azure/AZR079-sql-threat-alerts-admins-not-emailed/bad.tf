resource "azurerm_mssql_server_security_alert_policy" "default" { # expect: AZR079
  resource_group_name = "rg-data"
  server_name         = "sql-app"
  state               = "Enabled"
  email_addresses     = ["secops@example.com"]
}

resource "azurerm_mssql_server_security_alert_policy" "v3_off" {
  resource_group_name  = "rg-data"
  server_name          = "sql-other"
  state                = "Enabled"
  email_addresses      = ["secops@example.com"]
  email_account_admins = false # expect: AZR079
}
