variable "metadata_writes" {
  type = bool
}

resource "azurerm_cosmosdb_account" "locked" {
  name                = "cosmos-locked"
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
  access_key_metadata_writes_enabled = false
}

resource "azurerm_cosmosdb_account" "unknown" {
  name                = "cosmos-var"
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
  access_key_metadata_writes_enabled = var.metadata_writes
}
