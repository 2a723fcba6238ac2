variable "identity_type" {
  type = string
}

resource "azurerm_recovery_services_vault" "identity" {
  name                = "rsv-backup"
  location            = "westeurope"
  resource_group_name = "rg-backup"
  sku                 = "Standard"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kusto_cluster" "identity" {
  name                = "adxid"
  location            = "westeurope"
  resource_group_name = "rg-data"

  sku {
    name     = "Standard_E2ads_v5"
    capacity = 2
  }

  identity {
    type         = "UserAssigned"
    identity_ids = ["/subscriptions/000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/adx"]
  }
}

resource "azurerm_search_service" "unknown" {
  name                = "srch-var"
  resource_group_name = "rg-data"
  location            = "westeurope"
  sku                 = "standard"

  identity {
    type = var.identity_type
  }
}
