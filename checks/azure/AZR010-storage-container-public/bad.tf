resource "azurerm_storage_container" "assets" {
  name                  = "assets"
  storage_account_name  = "stassets001"
  container_access_type = "blob" # expect: AZR010
}

resource "azurerm_storage_container" "listing" {
  name                  = "listing"
  storage_account_id    = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st"
  container_access_type = "container" # expect: AZR010
}
