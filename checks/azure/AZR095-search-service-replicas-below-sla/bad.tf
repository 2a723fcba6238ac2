resource "azurerm_search_service" "single" { # expect: AZR095
  name                = "srch-single"
  resource_group_name = "rg-data"
  location            = "westeurope"
  sku                 = "standard"
}

resource "azurerm_search_service" "explicit" {
  name                = "srch-one"
  resource_group_name = "rg-data"
  location            = "westeurope"
  sku                 = "basic"
  replica_count       = 1 # expect: AZR095
}
