resource "azurerm_storage_account" "no_logging" { # expect: AZR053
  name                     = "stqueue001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_queue" "jobs" {
  name                 = "jobs"
  storage_account_name = azurerm_storage_account.no_logging.name
}

resource "azurerm_storage_account" "partial" {
  name                     = "stqueue002"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  queue_properties {
    logging {
      read                  = false # expect: AZR053
      write                 = true
      delete                = true
      version               = "1.0"
      retention_policy_days = 30
    }
  }
}
