variable "geo_backup" {
  type = bool
}

resource "azurerm_postgresql_flexible_server" "geo" {
  name                         = "pg-geo"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "16"
  sku_name                     = "GP_Standard_D2s_v3"
  geo_redundant_backup_enabled = true
}

resource "azurerm_mysql_flexible_server" "unknown" {
  name                         = "mysql-var"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  sku_name                     = "GP_Standard_D2ds_v4"
  geo_redundant_backup_enabled = var.geo_backup
}
