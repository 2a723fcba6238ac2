resource "azurerm_storage_account" "old_clients" {
  name                     = "stold001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  min_tls_version          = "TLS1_0" # expect: AZR008
}

resource "azurerm_storage_account" "eleven" {
  name                     = "stold002"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  min_tls_version          = "TLS1_1" # expect: AZR008
}
