resource "azurerm_storage_account" "private" {
  name                          = "stprivate001"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  account_tier                  = "Standard"
  account_replication_type      = "GRS"
  public_network_access_enabled = false
}

resource "azurerm_private_endpoint" "blob" {
  name                = "pe-blob"
  location            = "westeurope"
  resource_group_name = "rg-data"
  subnet_id           = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/pe"

  private_service_connection {
    name                           = "blob"
    private_connection_resource_id = azurerm_storage_account.private.id
    subresource_names              = ["blob"]
    is_manual_connection           = false
  }
}

resource "azurerm_postgresql_flexible_server" "vnet" {
  name                          = "pg-vnet"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  version                       = "16"
  sku_name                      = "GP_Standard_D2s_v3"
  delegated_subnet_id           = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/pg"
  private_dns_zone_id           = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Network/privateDnsZones/pg.postgres.database.azure.com"
  public_network_access_enabled = false
}

variable "subnet_id" {
  type = string
}

resource "azurerm_mysql_flexible_server" "unknown" {
  name                = "mysql-var"
  resource_group_name = "rg-data"
  location            = "westeurope"
  sku_name            = "GP_Standard_D2ds_v4"
  delegated_subnet_id = var.subnet_id
}
