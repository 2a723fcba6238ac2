resource "azurerm_postgresql_flexible_server" "local_backups" { # expect: AZR068
  name                = "pg-local"
  resource_group_name = "rg-data"
  location            = "westeurope"
  version             = "16"
  sku_name            = "GP_Standard_D2s_v3"
}

resource "azurerm_mariadb_server" "explicit" {
  name                         = "mariadb-local"
  location                     = "westeurope"
  resource_group_name          = "rg-data"
  sku_name                     = "GP_Gen5_2"
  version                      = "10.3"
  administrator_login          = "dbadmin"
  administrator_login_password = "not-a-real-password"
  ssl_enforcement_enabled      = true
  geo_redundant_backup_enabled = false # expect: AZR068
}
