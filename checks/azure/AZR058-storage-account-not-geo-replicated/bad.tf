resource "azurerm_storage_account" "local" {
  name                     = "stlrs001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS" # expect: AZR058
}
