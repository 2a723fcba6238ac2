variable "admin_password" {
  type      = string
  sensitive = true
  # expect: SEC001
  default   = "Adm1n-Fake-Pass"
}

resource "azurerm_mssql_server" "sql" {
  name                         = "sql-main"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = var.admin_password
}

