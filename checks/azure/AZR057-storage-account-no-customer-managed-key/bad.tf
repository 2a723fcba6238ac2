resource "azurerm_storage_account" "platform_key" { # expect: AZR057
  name                     = "stpmk001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}
