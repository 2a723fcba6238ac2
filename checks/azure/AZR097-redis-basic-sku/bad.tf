resource "azurerm_redis_cache" "basic" {
  name                = "redis-basic"
  location            = "westeurope"
  resource_group_name = "rg-data"
  capacity            = 0
  family              = "C"
  sku_name            = "Basic" # expect: AZR097
}
