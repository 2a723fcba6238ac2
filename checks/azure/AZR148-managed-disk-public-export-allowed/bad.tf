resource "azurerm_managed_disk" "default" { # expect: AZR148
  name                 = "disk-default"
  location             = "westeurope"
  resource_group_name  = "rg-vm"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128
}

resource "azurerm_managed_disk" "explicit" {
  name                          = "disk-explicit"
  location                      = "westeurope"
  resource_group_name           = "rg-vm"
  storage_account_type          = "Premium_LRS"
  create_option                 = "Empty"
  disk_size_gb                  = 128
  public_network_access_enabled = true # expect: AZR148
}
