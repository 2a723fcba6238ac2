variable "admin_password" {
  type      = string
  sensitive = true
}

variable "public_access" {
  type = bool
}

resource "azurerm_mssql_server" "private" {
  name                          = "sql-private"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  version                       = "12.0"
  administrator_login           = "sqladmin"
  administrator_login_password  = var.admin_password
  public_network_access_enabled = false
}

resource "azurerm_mysql_flexible_server" "disabled" {
  name                   = "mysql-private"
  resource_group_name    = "rg-data"
  location               = "westeurope"
  sku_name               = "GP_Standard_D2ds_v4"
  administrator_login    = "dbadmin"
  administrator_password = var.admin_password
  public_network_access  = "Disabled"
}

resource "azurerm_postgresql_flexible_server" "vnet" {
  name                = "pg-vnet"
  resource_group_name = "rg-data"
  location            = "westeurope"
  version             = "16"
  sku_name            = "GP_Standard_D2s_v3"
  delegated_subnet_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/pg"
  private_dns_zone_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Network/privateDnsZones/pg.postgres.database.azure.com"
}

resource "azurerm_postgresql_server" "unknown" {
  name                          = "pg-single"
  location                      = "westeurope"
  resource_group_name           = "rg-data"
  sku_name                      = "GP_Gen5_2"
  version                       = "11"
  administrator_login           = "dbadmin"
  administrator_login_password  = var.admin_password
  ssl_enforcement_enabled       = true
  public_network_access_enabled = var.public_access
}
