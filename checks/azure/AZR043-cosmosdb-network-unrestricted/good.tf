variable "public_access" {
  type = bool
}

resource "azurerm_cosmosdb_account" "private" {
  name                = "cosmos-private"
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
  public_network_access_enabled = false
}

resource "azurerm_cosmosdb_account" "filtered_v4" {
  name                = "cosmos-filtered"
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
  ip_range_filter = ["203.0.113.0/24"]
}

resource "azurerm_cosmosdb_account" "filtered_v3" {
  name                = "cosmos-filtered-v3"
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
  ip_range_filter = "203.0.113.0/24,198.51.100.7"
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
  public_network_access_enabled = var.public_access
}
