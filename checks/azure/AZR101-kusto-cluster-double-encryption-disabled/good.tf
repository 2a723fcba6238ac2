variable "double" {
  type = bool
}

resource "azurerm_kusto_cluster" "double" {
  name                      = "adxdouble"
  location            = "westeurope"
  resource_group_name = "rg-data"

  sku {
    name     = "Standard_E2ads_v5"
    capacity = 2
  }
  double_encryption_enabled = true
}

resource "azurerm_kusto_cluster" "unknown" {
  name                      = "adxvar"
  location            = "westeurope"
  resource_group_name = "rg-data"

  sku {
    name     = "Standard_E2ads_v5"
    capacity = 2
  }
  double_encryption_enabled = var.double
}
