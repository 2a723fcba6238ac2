variable "sku" {
  type = string
}

resource "azurerm_redis_cache" "standard" {
  name                = "redis-std"
  location            = "westeurope"
  resource_group_name = "rg-data"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
}

resource "azurerm_redis_cache" "unknown" {
  name                = "redis-var"
  location            = "westeurope"
  resource_group_name = "rg-data"
  capacity            = 1
  family              = "C"
  sku_name            = var.sku
}
