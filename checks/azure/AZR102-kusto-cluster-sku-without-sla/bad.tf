resource "azurerm_kusto_cluster" "dev" {
  name                = "adxdev"
  location            = "westeurope"
  resource_group_name = "rg-data"

  sku {
    name     = "Dev(No SLA)_Standard_E2a_v4" # expect: AZR102
    capacity = 1
  }
}
