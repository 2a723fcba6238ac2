resource "azurerm_mssql_server" "old" {
  name                         = "sql-old"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "not-a-real-password"
  minimum_tls_version          = "1.0" # expect: AZR026
}

resource "azurerm_mssql_server" "any" {
  name                         = "sql-any"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "not-a-real-password"
  minimum_tls_version          = "Disabled" # expect: AZR026
}
