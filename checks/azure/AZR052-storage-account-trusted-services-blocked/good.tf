variable "bypass" {
  type = list(string)
}

resource "azurerm_storage_account" "trusted" {
  name                     = "sttrusted001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  network_rules {
    default_action = "Deny"
    bypass         = ["AzureServices", "Logging"]
  }
}

resource "azurerm_storage_account" "default_bypass" {
  name                     = "sttrusted002"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  network_rules {
    default_action = "Deny"
    ip_rules       = ["203.0.113.10"]
  }
}

resource "azurerm_storage_account_network_rules" "unknown" {
  storage_account_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st"
  default_action     = "Deny"
  bypass             = var.bypass
}
