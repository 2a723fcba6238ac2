variable "ssl" {
  type = bool
}

resource "azurerm_postgresql_server" "tls" {
  name                = "pg-tls"
  location            = "westeurope"
  resource_group_name = "rg-data"
  sku_name            = "GP_Gen5_2"
  version             = "11"
  administrator_login          = "dbadmin"
  administrator_login_password = "not-a-real-password"
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_2"
}

resource "azurerm_mysql_server" "unknown" {
  name                = "mysql-unknown"
  location            = "westeurope"
  resource_group_name = "rg-data"
  sku_name            = "GP_Gen5_2"
  version             = "8.0"
  administrator_login          = "dbadmin"
  administrator_login_password = "not-a-real-password"
  ssl_enforcement_enabled      = var.ssl
}
