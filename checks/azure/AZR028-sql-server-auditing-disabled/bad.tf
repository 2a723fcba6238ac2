resource "azurerm_mssql_server" "unaudited" { # expect: AZR028
  name                         = "sql-unaudited"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "not-a-real-password"
}

resource "azurerm_mssql_server" "switched_off" { # expect: AZR028
  name                         = "sql-off"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "not-a-real-password"
}

resource "azurerm_mssql_server_extended_auditing_policy" "switched_off" {
  server_id              = azurerm_mssql_server.switched_off.id
  enabled                = false
  log_monitoring_enabled = false
}
