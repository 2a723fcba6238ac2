variable "local_users" {
  type = bool
}

resource "azurerm_storage_account" "plain" {
  name                     = "stplain001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account" "disabled" {
  name                     = "stnolocal001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  local_user_enabled       = false
}

resource "azurerm_storage_account" "unknown" {
  name                     = "stlocal002"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  local_user_enabled       = var.local_users
}
