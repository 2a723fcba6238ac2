variable "non_ssl" {
  type = bool
}

resource "azurerm_redis_cache" "default" {
  name                = "redis-default"
  location            = "westeurope"
  resource_group_name = "rg-cache"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
}

resource "azurerm_redis_cache" "unknown" {
  name                = "redis-unknown"
  location            = "westeurope"
  resource_group_name = "rg-cache"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  non_ssl_port_enabled = var.non_ssl
}
