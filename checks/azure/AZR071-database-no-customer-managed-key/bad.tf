resource "azurerm_postgresql_flexible_server" "platform_key" { # expect: AZR071
  name                = "pg-pmk"
  resource_group_name = "rg-data"
  location            = "westeurope"
  version             = "16"
  sku_name            = "GP_Standard_D2s_v3"
}

resource "azurerm_mssql_server" "service_managed_tde" { # expect: AZR071
  name                         = "sql-smk"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "not-a-real-password"
}

resource "azurerm_mssql_server_transparent_data_encryption" "service_managed_tde" {
  server_id = azurerm_mssql_server.service_managed_tde.id
}
