variable "admin_password" {
  type      = string
  sensitive = true
}

resource "azurerm_mssql_server" "default" { # expect: AZR066
  name                         = "sql-default"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = var.admin_password
}

resource "azurerm_mariadb_server" "explicit" {
  name                          = "mariadb-open"
  location                      = "westeurope"
  resource_group_name           = "rg-data"
  sku_name                      = "GP_Gen5_2"
  version                       = "10.3"
  administrator_login           = "dbadmin"
  administrator_login_password  = var.admin_password
  ssl_enforcement_enabled       = true
  public_network_access_enabled = true # expect: AZR066
}

resource "azurerm_mysql_flexible_server" "enabled" {
  name                   = "mysql-open"
  resource_group_name    = "rg-data"
  location               = "westeurope"
  sku_name               = "GP_Standard_D2ds_v4"
  administrator_login    = "dbadmin"
  administrator_password = var.admin_password
  public_network_access  = "Enabled" # expect: AZR066
}
