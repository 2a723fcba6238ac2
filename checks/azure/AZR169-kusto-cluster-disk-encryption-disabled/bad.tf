resource "azurerm_kusto_cluster" "default" { # expect: AZR169
  name                = "adxdefault"
  location            = "westeurope"
  resource_group_name = "rg-adx"

  sku {
    name     = "Standard_E2ads_v5"
    capacity = 2
  }
}

resource "azurerm_kusto_cluster" "explicit" {
  name                    = "adxexplicit"
  location                = "westeurope"
  resource_group_name     = "rg-adx"
  disk_encryption_enabled = false # expect: AZR169

  sku {
    name     = "Standard_E2ads_v5"
    capacity = 2
  }
}
