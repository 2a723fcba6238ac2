variable "detect" {
  type = bool
}

resource "azurerm_postgresql_server" "watched" {
  name                         = "pg-watched"
  location                     = "westeurope"
  resource_group_name          = "rg-data"
  sku_name                     = "GP_Gen5_2"
  version                      = "11"
  administrator_login          = "dbadmin"
  administrator_login_password = "not-a-real-password"
  ssl_enforcement_enabled      = true

  threat_detection_policy {
    enabled         = true
    email_addresses = ["secops@example.com"]
  }
}

resource "azurerm_mysql_server" "unknown" {
  name                         = "mysql-var"
  location                     = "westeurope"
  resource_group_name          = "rg-data"
  sku_name                     = "GP_Gen5_2"
  version                      = "8.0"
  administrator_login          = "dbadmin"
  administrator_login_password = "not-a-real-password"
  ssl_enforcement_enabled      = true

  threat_detection_policy {
    enabled = var.detect
  }
}
