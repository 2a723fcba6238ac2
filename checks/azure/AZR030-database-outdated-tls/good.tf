variable "min_tls" {
  type = string
}

resource "azurerm_postgresql_server" "default" {
  name                = "pg-default"
  location            = "westeurope"
  resource_group_name = "rg-data"
  sku_name            = "GP_Gen5_2"
  version             = "11"
  administrator_login          = "dbadmin"
  administrator_login_password = "not-a-real-password"
  ssl_enforcement_enabled      = true
}

resource "azurerm_mysql_server" "unknown" {
  name                = "mysql-unknown"
  location            = "westeurope"
  resource_group_name = "rg-data"
  sku_name            = "GP_Gen5_2"
  version             = "8.0"
  administrator_login          = "dbadmin"
  administrator_login_password = "not-a-real-password"
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = var.min_tls
}
