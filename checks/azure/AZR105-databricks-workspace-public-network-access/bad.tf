resource "azurerm_databricks_workspace" "public" { # expect: AZR105
  name                = "dbw-public"
  resource_group_name = "rg-data"
  location            = "westeurope"
  sku                 = "premium"
}
