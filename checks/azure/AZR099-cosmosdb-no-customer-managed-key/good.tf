variable "key_id" {
  type = string
}

resource "azurerm_cosmosdb_account" "cmk" {
  name                = "cosmos-cmk"
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
  key_vault_key_id = "https://kv-data.vault.azure.net/keys/cosmos"
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
  key_vault_key_id = var.key_id
}
