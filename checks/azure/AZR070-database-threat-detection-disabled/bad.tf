resource "azurerm_mysql_server" "unwatched" { # expect: AZR070
  name                         = "mysql-unwatched"
  location                     = "westeurope"
  resource_group_name          = "rg-data"
  sku_name                     = "GP_Gen5_2"
  version                      = "8.0"
  administrator_login          = "dbadmin"
  administrator_login_password = "not-a-real-password"
  ssl_enforcement_enabled      = true
}

resource "azurerm_postgresql_server" "off" {
  name                         = "pg-off"
  location                     = "westeurope"
  resource_group_name          = "rg-data"
  sku_name                     = "GP_Gen5_2"
  version                      = "11"
  administrator_login          = "dbadmin"
  administrator_login_password = "not-a-real-password"
  ssl_enforcement_enabled      = true

  threat_detection_policy {
    enabled = false # expect: AZR070
  }
}
