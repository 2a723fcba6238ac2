variable "disk_encryption" {
  type = bool
}

resource "azurerm_kusto_cluster" "encrypted" {
  name                    = "adxencrypted"
  location                = "westeurope"
  resource_group_name     = "rg-adx"
  disk_encryption_enabled = true

  sku {
    name     = "Standard_E2ads_v5"
    capacity = 2
  }
}

resource "azurerm_kusto_cluster" "unknown" {
  name                    = "adxunknown"
  location                = "westeurope"
  resource_group_name     = "rg-adx"
  disk_encryption_enabled = var.disk_encryption

  sku {
    name     = "Standard_E2ads_v5"
    capacity = 2
  }
}
