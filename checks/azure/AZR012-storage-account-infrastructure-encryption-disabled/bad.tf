resource "azurerm_storage_account" "default" { # expect: AZR012
  name                     = "stdefault001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account" "off" {
  name                     = "stoff001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  infrastructure_encryption_enabled = false # expect: AZR012
}
