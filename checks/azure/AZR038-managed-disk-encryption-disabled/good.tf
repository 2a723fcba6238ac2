variable "ade" {
  type = bool
}

resource "azurerm_managed_disk" "default" {
  name                 = "disk-default"
  location             = "westeurope"
  resource_group_name  = "rg-compute"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128
}

resource "azurerm_managed_disk" "unknown" {
  name                 = "disk-unknown"
  location             = "westeurope"
  resource_group_name  = "rg-compute"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128

  encryption_settings {
    enabled = var.ade
  }
}
