variable "server_id" {
  type = string
}

resource "azurerm_postgresql_flexible_server" "cmk" {
  name                = "pg-cmk"
  resource_group_name = "rg-data"
  location            = "westeurope"
  version             = "16"
  sku_name            = "GP_Standard_D2s_v3"

  identity {
    type         = "UserAssigned"
    identity_ids = ["/subscriptions/000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/pg"]
  }

  customer_managed_key {
    key_vault_key_id                  = "https://kv-data.vault.azure.net/keys/pg/0123456789abcdef"
    primary_user_assigned_identity_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/pg"
  }
}

resource "azurerm_mssql_server" "tde_cmk" {
  name                         = "sql-cmk"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "not-a-real-password"
}

resource "azurerm_mssql_server_transparent_data_encryption" "tde_cmk" {
  server_id        = azurerm_mssql_server.tde_cmk.id
  key_vault_key_id = "https://kv-data.vault.azure.net/keys/sql/0123456789abcdef"
}

resource "azurerm_postgresql_server" "single" {
  name                         = "pg-single"
  location                     = "westeurope"
  resource_group_name          = "rg-data"
  sku_name                     = "GP_Gen5_2"
  version                      = "11"
  administrator_login          = "dbadmin"
  administrator_login_password = "not-a-real-password"
  ssl_enforcement_enabled      = true
}

resource "azurerm_postgresql_server_key" "single" {
  server_id        = azurerm_postgresql_server.single.id
  key_vault_key_id = "https://kv-data.vault.azure.net/keys/pg/0123456789abcdef"
}

resource "azurerm_mysql_server" "maybe" {
  name                         = "mysql-maybe"
  location                     = "westeurope"
  resource_group_name          = "rg-data"
  sku_name                     = "GP_Gen5_2"
  version                      = "8.0"
  administrator_login          = "dbadmin"
  administrator_login_password = "not-a-real-password"
  ssl_enforcement_enabled      = true
}

# Unknown: this key may belong to the server above.
resource "azurerm_mysql_server_key" "unknown" {
  server_id        = var.server_id
  key_vault_key_id = "https://kv-data.vault.azure.net/keys/mysql/0123456789abcdef"
}
