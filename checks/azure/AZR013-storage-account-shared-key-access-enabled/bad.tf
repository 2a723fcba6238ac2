resource "azurerm_storage_account" "default" { # expect: AZR013
  name                     = "stdefault001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account" "keys" {
  name                     = "stkeys001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  shared_access_key_enabled = true # expect: AZR013
}
