resource "azurerm_redis_cache" "v3" {
  name                = "redis-v3"
  location            = "westeurope"
  resource_group_name = "rg-cache"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  enable_non_ssl_port = true # expect: AZR048
}

resource "azurerm_redis_cache" "v4" {
  name                = "redis-v4"
  location            = "westeurope"
  resource_group_name = "rg-cache"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  non_ssl_port_enabled = true # expect: AZR048
}
