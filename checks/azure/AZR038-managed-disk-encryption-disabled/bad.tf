resource "azurerm_managed_disk" "data" {
  name                 = "disk-data"
  location             = "westeurope"
  resource_group_name  = "rg-compute"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128

  encryption_settings {
    enabled = false # expect: AZR038
  }
}
