variable "min_tls" {
  type = string
}

resource "azurerm_storage_account" "default" {
  name                     = "stdefault001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account" "explicit" {
  name                     = "stexplicit001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  min_tls_version          = "TLS1_2"
}

resource "azurerm_storage_account" "unknown" {
  name                     = "stunknown001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  min_tls_version          = var.min_tls
}
