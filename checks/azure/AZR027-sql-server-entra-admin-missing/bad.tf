resource "azurerm_mssql_server" "sql_logins_only" { # expect: AZR027
  name                         = "sql-logins"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "not-a-real-password"
}
