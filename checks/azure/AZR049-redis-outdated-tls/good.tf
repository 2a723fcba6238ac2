variable "tls" {
  type = string
}

resource "azurerm_redis_cache" "modern" {
  name                = "redis-modern"
  location            = "westeurope"
  resource_group_name = "rg-cache"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  minimum_tls_version = "1.2"
}

resource "azurerm_redis_cache" "unknown" {
  name                = "redis-unknown"
  location            = "westeurope"
  resource_group_name = "rg-cache"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  minimum_tls_version = var.tls
}
