variable "server_name" {
  type = string
}

resource "azurerm_mssql_server" "watched" {
  name                         = "sql-watched"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "not-a-real-password"
}

resource "azurerm_mssql_server_security_alert_policy" "watched" {
  resource_group_name          = "rg-data"
  server_name                  = azurerm_mssql_server.watched.name
  state                        = "Enabled"
  email_account_admins_enabled = true
  email_addresses              = ["secops@example.com"]
}

resource "azurerm_mssql_server" "maybe" {
  name                         = "sql-maybe"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "not-a-real-password"
}

# Unknown: this policy may belong to the server above.
resource "azurerm_mssql_server_security_alert_policy" "unknown" {
  resource_group_name          = "rg-data"
  server_name                  = var.server_name
  state                        = "Enabled"
  email_account_admins_enabled = true
  email_addresses              = ["secops@example.com"]
}
