variable "end_ip" {
  type = string
}

resource "azurerm_redis_firewall_rule" "office" {
  name                = "office"
  redis_cache_name    = "redis-app"
  resource_group_name = "rg-data"
  start_ip            = "203.0.113.0"
  end_ip              = "203.0.113.255"
}

resource "azurerm_synapse_firewall_rule" "unknown" {
  name                 = "var"
  synapse_workspace_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Synapse/workspaces/syn"
  start_ip_address     = "0.0.0.0"
  end_ip_address       = var.end_ip
}
