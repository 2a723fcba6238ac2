resource "azurerm_storage_account" "unlogged" { # expect: AZR054
  name                     = "stunlogged001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}
