variable "tls" {
  type = string
}

resource "azurerm_mssql_server" "default" {
  name                         = "sql-default"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "not-a-real-password"
}

resource "azurerm_mssql_server" "modern" {
  name                         = "sql-modern"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "not-a-real-password"
  minimum_tls_version          = "1.2"
}

resource "azurerm_mssql_server" "unknown" {
  name                         = "sql-unknown"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "not-a-real-password"
  minimum_tls_version          = var.tls
}
