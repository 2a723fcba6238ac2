variable "traffic_policy" {
  type = string
}

resource "azurerm_storage_sync" "private" {
  name                    = "sync-private"
  resource_group_name     = "rg-data"
  location                = "westeurope"
  incoming_traffic_policy = "AllowVirtualNetworksOnly"
}

resource "azurerm_storage_sync" "unknown" {
  name                    = "sync-var"
  resource_group_name     = "rg-data"
  location                = "westeurope"
  incoming_traffic_policy = var.traffic_policy
}
