resource "azurerm_recovery_services_vault" "anonymous" { # expect: AZR104
  name                = "rsv-backup"
  location            = "westeurope"
  resource_group_name = "rg-backup"
  sku                 = "Standard"
}

resource "azurerm_search_service" "anonymous" { # expect: AZR104
  name                = "srch-app"
  resource_group_name = "rg-data"
  location            = "westeurope"
  sku                 = "standard"
}
