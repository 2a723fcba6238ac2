# The provider default (true) allows public containers.
resource "azurerm_storage_account" "default" { # expect: AZR009
  name                     = "stdefault001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account" "explicit" {
  name                     = "stpublic001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  allow_nested_items_to_be_public = true # expect: AZR009
}
