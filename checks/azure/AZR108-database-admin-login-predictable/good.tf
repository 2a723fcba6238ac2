variable "admin_login" {
  type = string
}

resource "azurerm_mssql_server" "named" {
  name                         = "sql-named"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "billing-owner-7f3"
  administrator_login_password = "not-a-real-password"
}

resource "azurerm_mysql_flexible_server" "unknown" {
  name                   = "mysql-var"
  resource_group_name    = "rg-data"
  location               = "westeurope"
  sku_name               = "GP_Standard_D2ds_v4"
  administrator_login    = var.admin_login
  administrator_password = "not-a-real-password"
}
