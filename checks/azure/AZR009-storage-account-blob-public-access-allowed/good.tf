variable "allow_public" {
  type = bool
}

resource "azurerm_storage_account" "private" {
  name                     = "stprivate001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  allow_nested_items_to_be_public = false
}

resource "azurerm_storage_account" "v2" {
  name                     = "stprivate002"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  allow_blob_public_access = false
}

resource "azurerm_storage_account" "unknown" {
  name                     = "stunknown001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  allow_nested_items_to_be_public = var.allow_public
}
