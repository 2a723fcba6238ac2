resource "azurerm_mssql_server" "guessable" {
  name                         = "sql-guessable"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "azure_admin" # expect: AZR108
  administrator_login_password = "not-a-real-password"
}

resource "azurerm_postgresql_flexible_server" "guessable" {
  name                   = "pg-guessable"
  resource_group_name    = "rg-data"
  location               = "westeurope"
  version                = "16"
  sku_name               = "GP_Standard_D2s_v3"
  administrator_login    = "Postgres" # expect: AZR108
  administrator_password = "not-a-real-password"
}
