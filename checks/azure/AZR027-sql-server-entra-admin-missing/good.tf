variable "dba_group_id" {
  type = string
}

resource "azurerm_mssql_server" "entra" {
  name                         = "sql-entra"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "not-a-real-password"

  azuread_administrator {
    login_username = "sql-dbas"
    object_id      = var.dba_group_id
  }
}

resource "azurerm_sql_server" "legacy" {
  name                         = "sql-legacy"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "not-a-real-password"
}

resource "azurerm_sql_active_directory_administrator" "legacy" {
  server_name         = azurerm_sql_server.legacy.name
  resource_group_name = "rg-data"
  login               = "sql-dbas"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  object_id           = var.dba_group_id
}
