resource "azurerm_postgresql_configuration" "retention" {
  name                = "log_retention_days"
  resource_group_name = "rg-data"
  server_name         = "pg-single"
  value               = "2" # expect: AZR074
}
