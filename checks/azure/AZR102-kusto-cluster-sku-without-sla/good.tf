variable "sku" {
  type = string
}

resource "azurerm_kusto_cluster" "prod" {
  name                = "adxprod"
  location            = "westeurope"
  resource_group_name = "rg-data"

  sku {
    name     = "Standard_E2ads_v5"
    capacity = 2
  }
}

resource "azurerm_kusto_cluster" "unknown" {
  name                = "adxvar"
  location            = "westeurope"
  resource_group_name = "rg-data"

  sku {
    name     = var.sku
    capacity = 2
  }
}
