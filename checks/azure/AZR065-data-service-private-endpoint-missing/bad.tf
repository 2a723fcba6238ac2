resource "azurerm_key_vault" "public" { # expect: AZR065
  name                     = "kv-public"
  location                 = "westeurope"
  resource_group_name      = "rg-data"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = true
}

resource "azurerm_mssql_server" "public" { # expect: AZR065
  name                         = "sql-public"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = var.sql_password
}

resource "azurerm_postgresql_flexible_server" "public" { # expect: AZR065
  name                = "pg-public"
  resource_group_name = "rg-data"
  location            = "westeurope"
  version             = "16"
  sku_name            = "GP_Standard_D2s_v3"
}

variable "sql_password" {
  type      = string
  sensitive = true
}
