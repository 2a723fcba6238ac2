resource "azurerm_mssql_server" "unwatched" { # expect: AZR076
  name                         = "sql-unwatched"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "not-a-real-password"
}

resource "azurerm_mssql_server" "disabled" { # expect: AZR076
  name                         = "sql-disabled"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "not-a-real-password"
}

resource "azurerm_mssql_server_security_alert_policy" "disabled" {
  resource_group_name = "rg-data"
  server_name         = azurerm_mssql_server.disabled.name
  state               = "Disabled"
}
