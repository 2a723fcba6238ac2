resource "azurerm_mssql_firewall_rule" "provider_block" {
  name             = "cloud-provider"
  server_id        = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Sql/servers/sql"
  start_ip_address = "20.0.0.0" # expect: AZR109
  end_ip_address   = "20.31.255.255"
}

resource "azurerm_redis_firewall_rule" "slash_23" {
  name                = "office"
  redis_cache_name    = "redis-app"
  resource_group_name = "rg-data"
  start_ip            = "203.0.112.0" # expect: AZR109
  end_ip              = "203.0.113.255"
}
