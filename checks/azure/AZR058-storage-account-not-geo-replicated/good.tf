variable "replication" {
  type = string
}

resource "azurerm_storage_account" "geo" {
  name                     = "stgzrs001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GZRS"
}

resource "azurerm_storage_account" "premium" {
  name                     = "stprem001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_kind             = "BlockBlobStorage"
  account_tier             = "Premium"
  account_replication_type = "ZRS"
}

resource "azurerm_storage_account" "unknown" {
  name                     = "stvar001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = var.replication
}
