resource "azurerm_redis_cache" "public" { # expect: AZR096
  name                = "redis-public"
  location            = "westeurope"
  resource_group_name = "rg-data"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
}
