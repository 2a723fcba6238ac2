resource "azurerm_storage_sync" "default" { # expect: AZR061
  name                = "sync-default"
  resource_group_name = "rg-data"
  location            = "westeurope"
}

resource "azurerm_storage_sync" "explicit" {
  name                    = "sync-open"
  resource_group_name     = "rg-data"
  location                = "westeurope"
  incoming_traffic_policy = "AllowAllTraffic" # expect: AZR061
}
