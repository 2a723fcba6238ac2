variable "blob_retention_days" {
  type = number
}

resource "azurerm_storage_account" "soft_delete" {
  name                     = "stsd001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  blob_properties {
    delete_retention_policy {
      days = 14
    }
    container_delete_retention_policy {
      days = 14
    }
  }
}

resource "azurerm_storage_account" "files" {
  name                     = "stfiles001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_kind             = "FileStorage"
  account_tier             = "Premium"
  account_replication_type = "ZRS"
}

resource "azurerm_storage_account" "unknown" {
  name                     = "stsd002"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  blob_properties {
    delete_retention_policy {
      days = var.blob_retention_days
    }
  }
}
