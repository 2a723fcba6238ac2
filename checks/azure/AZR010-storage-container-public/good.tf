variable "access_type" {
  type = string
}

resource "azurerm_storage_container" "default" {
  name                 = "default"
  storage_account_name = "stassets001"
}

resource "azurerm_storage_container" "private" {
  name                  = "private"
  storage_account_name  = "stassets001"
  container_access_type = "private"
}

resource "azurerm_storage_container" "unknown" {
  name                  = "unknown"
  storage_account_name  = "stassets001"
  container_access_type = var.access_type
}
