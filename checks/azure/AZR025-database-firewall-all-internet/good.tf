variable "client_ip" {
  type = string
}

resource "azurerm_mssql_firewall_rule" "office" {
  name             = "office"
  server_id        = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Sql/servers/sql"
  start_ip_address = "203.0.113.10"
  end_ip_address   = "203.0.113.20"
}

resource "azurerm_mysql_flexible_server_firewall_rule" "client" {
  name                = "client"
  resource_group_name = "rg-data"
  server_name         = "mysql-app"
  start_ip_address    = "0.0.0.0"
  end_ip_address      = var.client_ip
}
