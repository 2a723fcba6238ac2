variable "access_policy" {
  type = string
}

resource "azurerm_managed_disk" "deny" {
  name                  = "disk-deny"
  location              = "westeurope"
  resource_group_name   = "rg-vm"
  storage_account_type  = "Premium_LRS"
  create_option         = "Empty"
  disk_size_gb          = 128
  network_access_policy = "DenyAll"
}

resource "azurerm_managed_disk" "private" {
  name                          = "disk-private"
  location                      = "westeurope"
  resource_group_name           = "rg-vm"
  storage_account_type          = "Premium_LRS"
  create_option                 = "Empty"
  disk_size_gb                  = 128
  public_network_access_enabled = false
  network_access_policy         = "AllowPrivate"
  disk_access_id                = "/subscriptions/000/resourceGroups/rg-vm/providers/Microsoft.Compute/diskAccesses/da"
}

resource "azurerm_managed_disk" "unknown" {
  name                  = "disk-unknown"
  location              = "westeurope"
  resource_group_name   = "rg-vm"
  storage_account_type  = "Premium_LRS"
  create_option         = "Empty"
  disk_size_gb          = 128
  network_access_policy = var.access_policy
}
