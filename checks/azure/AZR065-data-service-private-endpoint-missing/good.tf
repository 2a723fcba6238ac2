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

resource "azurerm_key_vault" "adf_managed" {
  name                     = "kv-adf"
  location                 = "westeurope"
  resource_group_name      = "rg-data"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = true
}

resource "azurerm_storage_account" "front_door_origin" {
  name                     = "stfdorigin001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  network_rules {
    default_action = "Deny"
  }
}

resource "azurerm_cdn_frontdoor_origin" "blob" {
  name                           = "blob"
  cdn_frontdoor_origin_group_id  = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/fd/originGroups/og"
  host_name                      = azurerm_storage_account.front_door_origin.primary_blob_host
  certificate_name_check_enabled = true

  private_link {
    location               = "westeurope"
    private_link_target_id = azurerm_storage_account.front_door_origin.id
    target_type            = "blob"
  }
}

resource "azurerm_data_factory_managed_private_endpoint" "vault" {
  name               = "kv"
  data_factory_id    = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.DataFactory/factories/adf"
  target_resource_id = azurerm_key_vault.adf_managed.id
  subresource_name   = "vault"
}
