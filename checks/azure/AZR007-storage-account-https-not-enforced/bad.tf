resource "azurerm_storage_account" "legacy" {
  name                     = "stlegacy001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  https_traffic_only_enabled = false # expect: AZR007
}

resource "azurerm_storage_account" "v3" {
  name                     = "stlegacy002"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  enable_https_traffic_only = false # expect: AZR007
}
