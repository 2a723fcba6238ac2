resource "azurerm_mssql_firewall_rule" "azure_services" {
  name             = "AllowAllWindowsAzureIps"
  server_id        = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Sql/servers/sql"
  start_ip_address = "0.0.0.0"
  end_ip_address   = "0.0.0.0" # expect: AZR067
}

resource "azurerm_postgresql_flexible_server_firewall_rule" "azure_services" {
  name             = "allow-azure"
  server_id        = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers/pg"
  start_ip_address = "0.0.0.0"
  end_ip_address   = "0.0.0.0" # expect: AZR067
}
