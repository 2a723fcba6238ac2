variable "log_reads" {
  type = bool
}

resource "azurerm_storage_account" "logged" {
  name                     = "stqueue003"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  queue_properties {
    logging {
      read                  = true
      write                 = true
      delete                = true
      version               = "1.0"
      retention_policy_days = 90
    }
  }
}

resource "azurerm_storage_queue" "jobs" {
  name                 = "jobs"
  storage_account_name = azurerm_storage_account.logged.name
}

# No queue in this configuration: the queue service is not in use here.
resource "azurerm_storage_account" "blobs_only" {
  name                     = "stblobs001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account" "unknown" {
  name                     = "stqueue004"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  queue_properties {
    logging {
      read                  = var.log_reads
      write                 = true
      delete                = true
      version               = "1.0"
      retention_policy_days = 90
    }
  }
}
