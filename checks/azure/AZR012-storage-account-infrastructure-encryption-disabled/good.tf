variable "double_encryption" {
  type = bool
}

resource "azurerm_storage_account" "double" {
  name                     = "stdouble001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  infrastructure_encryption_enabled = true
}

resource "azurerm_storage_account" "unknown" {
  name                     = "stunknown001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  infrastructure_encryption_enabled = var.double_encryption
}
