variable "https_only" {
  type = bool
}

# The default is HTTPS only.
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
  https_traffic_only_enabled = true
}

resource "azurerm_storage_account" "unknown" {
  name                     = "stunknown001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  enable_https_traffic_only = var.https_only
}
