variable "permissions" {
  type = string
}

resource "azurerm_storage_table" "events" {
  name                 = "events"
  storage_account_name = "stdata001"

  acl {
    id = "readers"

    access_policy {
      permissions = "r"
      start       = "2026-01-01T00:00:00Z"
      expiry      = "2026-12-31T00:00:00Z"
    }
  }

  acl {
    id = "writers"

    access_policy {
      permissions = "ra"
    }
  }
}

resource "azurerm_storage_share" "docs" {
  name               = "docs"
  storage_account_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/stdata001"
  quota              = 50

  acl {
    id = "readers"

    access_policy {
      permissions = "rl"
    }
  }
}

resource "azurerm_storage_share" "unknown" {
  name               = "other"
  storage_account_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/stdata001"
  quota              = 50

  acl {
    id = "var"

    access_policy {
      permissions = var.permissions
    }
  }
}
