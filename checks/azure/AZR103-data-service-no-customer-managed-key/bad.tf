resource "azurerm_data_factory" "pmk" { # expect: AZR103
  name                = "adf-pmk"
  location            = "westeurope"
  resource_group_name = "rg-data"
}

resource "azurerm_servicebus_namespace" "premium" { # expect: AZR103
  name                         = "sb-premium"
  location                     = "westeurope"
  resource_group_name          = "rg-data"
  sku                          = "Premium"
  premium_messaging_partitions = 1
  capacity                     = 1
}

resource "azurerm_kusto_cluster" "pmk" { # expect: AZR103
  name                = "adxpmk"
  location            = "westeurope"
  resource_group_name = "rg-data"

  sku {
    name     = "Standard_E2ads_v5"
    capacity = 2
  }
}

resource "azurerm_databricks_workspace" "premium" { # expect: AZR103
  name                = "dbw-premium"
  resource_group_name = "rg-data"
  location            = "westeurope"
  sku                 = "premium"
}
