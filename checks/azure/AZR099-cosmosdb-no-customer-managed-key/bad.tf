resource "azurerm_cosmosdb_account" "pmk" { # expect: AZR099
  name                = "cosmos-pmk"
  location            = "westeurope"
  resource_group_name = "rg-data"
  offer_type          = "Standard"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
