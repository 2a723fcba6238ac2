resource "azurerm_kusto_cluster" "single" { # expect: AZR101
  name                = "adxsingle"
  location            = "westeurope"
  resource_group_name = "rg-data"

  sku {
    name     = "Standard_E2ads_v5"
    capacity = 2
  }
}
