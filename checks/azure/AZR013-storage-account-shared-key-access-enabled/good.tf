variable "shared_keys" {
  type = bool
}

resource "azurerm_storage_account" "entra_only" {
  name                     = "stentra001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  shared_access_key_enabled = false
}

resource "azurerm_storage_account" "unknown" {
  name                     = "stunknown001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  shared_access_key_enabled = var.shared_keys
}
