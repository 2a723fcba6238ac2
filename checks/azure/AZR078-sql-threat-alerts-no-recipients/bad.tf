resource "azurerm_mssql_server_security_alert_policy" "nobody" { # expect: AZR078
  resource_group_name          = "rg-data"
  server_name                  = "sql-app"
  state                        = "Enabled"
  email_account_admins_enabled = true
}
