resource "azurerm_storage_account" "no_policy" { # expect: AZR056
  name                     = "stsas001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}
