variable "notify_admins" {
  type = bool
}

resource "azurerm_mssql_server_security_alert_policy" "v4" {
  resource_group_name          = "rg-data"
  server_name                  = "sql-app"
  state                        = "Enabled"
  email_addresses              = ["secops@example.com"]
  email_account_admins_enabled = true
}

resource "azurerm_mssql_server_security_alert_policy" "v3" {
  resource_group_name  = "rg-data"
  server_name          = "sql-v3"
  state                = "Enabled"
  email_account_admins = true
}

resource "azurerm_mssql_server_security_alert_policy" "unknown" {
  resource_group_name          = "rg-data"
  server_name                  = "sql-var"
  state                        = "Enabled"
  email_account_admins_enabled = var.notify_admins
}
