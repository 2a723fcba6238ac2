resource "azurerm_search_service" "open" { # expect: AZR094
  name                = "srch-open"
  resource_group_name = "rg-data"
  location            = "westeurope"
  sku                 = "standard"
}

resource "azurerm_search_service" "everyone" {
  name                = "srch-everyone"
  resource_group_name = "rg-data"
  location            = "westeurope"
  sku                 = "standard"
  allowed_ips         = ["203.0.113.10", "0.0.0.0/0"] # expect: AZR094
}
