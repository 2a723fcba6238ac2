resource "azurerm_storage_account" "no_soft_delete" { # expect: AZR055
  name                     = "stnosd001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  blob_properties {
    versioning_enabled = true
  }
}
