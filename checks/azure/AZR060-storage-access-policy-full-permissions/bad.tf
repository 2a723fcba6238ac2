resource "azurerm_storage_table" "events" {
  name                 = "events"
  storage_account_name = "stdata001"

  acl {
    id = "full"

    access_policy {
      permissions = "raud" # expect: AZR060
      start       = "2026-01-01T00:00:00Z"
      expiry      = "2026-12-31T00:00:00Z"
    }
  }
}

resource "azurerm_storage_share" "docs" {
  name               = "docs"
  storage_account_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/stdata001"
  quota              = 50

  acl {
    id = "full"

    access_policy {
      permissions = "rwdl" # expect: AZR060
    }
  }
}
