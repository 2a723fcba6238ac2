variable "sas_lifetime" {
  type = string
}

resource "azurerm_storage_account" "policy" {
  name                     = "stsas002"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  sas_policy {
    expiration_period = "0.01:00:00"
    expiration_action = "Log"
  }
}

resource "azurerm_storage_account" "entra_only" {
  name                      = "stsas003"
  resource_group_name       = "rg-data"
  location                  = "westeurope"
  account_tier              = "Standard"
  account_replication_type  = "GRS"
  shared_access_key_enabled = false
}

resource "azurerm_storage_account" "unknown" {
  name                     = "stsas004"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  sas_policy {
    expiration_period = var.sas_lifetime
  }
}
