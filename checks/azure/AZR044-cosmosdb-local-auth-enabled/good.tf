variable "local_auth_disabled" {
  type = bool
}

resource "azurerm_cosmosdb_account" "entra" {
  name                = "cosmos-entra"
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
  local_authentication_disabled = true
}

resource "azurerm_cosmosdb_account" "unknown" {
  name                = "cosmos-unknown"
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
  local_authentication_disabled = var.local_auth_disabled
}
