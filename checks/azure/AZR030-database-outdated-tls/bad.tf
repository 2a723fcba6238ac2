resource "azurerm_postgresql_server" "old" {
  name                = "pg-old"
  location            = "westeurope"
  resource_group_name = "rg-data"
  sku_name            = "GP_Gen5_2"
  version             = "11"
  administrator_login          = "dbadmin"
  administrator_login_password = "not-a-real-password"
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_0" # expect: AZR030
}

resource "azurerm_mariadb_server" "old" {
  name                             = "mariadb-old"
  location                         = "westeurope"
  resource_group_name              = "rg-data"
  sku_name                         = "GP_Gen5_2"
  version                          = "10.3"
  administrator_login              = "dbadmin"
  administrator_login_password     = "not-a-real-password"
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_1" # expect: AZR030
}
