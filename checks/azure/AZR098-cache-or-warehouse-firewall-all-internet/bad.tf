resource "azurerm_redis_firewall_rule" "everyone" {
  name                = "everyone"
  redis_cache_name    = "redis-app"
  resource_group_name = "rg-data"
  start_ip            = "0.0.0.0" # expect: AZR098
  end_ip              = "255.255.255.255"
}

resource "azurerm_synapse_firewall_rule" "everyone" {
  name                 = "AllowAll"
  synapse_workspace_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Synapse/workspaces/syn"
  start_ip_address     = "0.0.0.0" # expect: AZR098
  end_ip_address       = "255.255.255.255"
}
