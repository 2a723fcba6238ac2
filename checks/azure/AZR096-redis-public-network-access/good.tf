variable "public" {
  type = bool
}

resource "azurerm_redis_cache" "private" {
  name                          = "redis-private"
  location                      = "westeurope"
  resource_group_name           = "rg-data"
  capacity                      = 1
  family                        = "C"
  sku_name                      = "Standard"
  public_network_access_enabled = false
}

resource "azurerm_redis_cache" "injected" {
  name                = "redis-vnet"
  location            = "westeurope"
  resource_group_name = "rg-data"
  capacity            = 1
  family              = "P"
  sku_name            = "Premium"
  subnet_id           = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/redis"
}

resource "azurerm_redis_cache" "unknown" {
  name                          = "redis-var"
  location                      = "westeurope"
  resource_group_name           = "rg-data"
  capacity                      = 1
  family                        = "C"
  sku_name                      = "Standard"
  public_network_access_enabled = var.public
}
