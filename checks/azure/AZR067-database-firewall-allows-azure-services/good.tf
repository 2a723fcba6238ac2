variable "end_ip" {
  type = string
}

resource "azurerm_mssql_firewall_rule" "office" {
  name             = "office"
  server_id        = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Sql/servers/sql"
  start_ip_address = "203.0.113.0"
  end_ip_address   = "203.0.113.255"
}

resource "azurerm_mysql_flexible_server_firewall_rule" "unknown" {
  name                = "var"
  resource_group_name = "rg-data"
  server_name         = "mysql"
  start_ip_address    = "0.0.0.0"
  end_ip_address      = var.end_ip
}
