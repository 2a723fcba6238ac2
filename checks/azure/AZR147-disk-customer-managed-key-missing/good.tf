variable "ssh_public_key" {
  type = string
}

variable "des_id" {
  type = string
}

resource "azurerm_managed_disk" "cmk" {
  name                   = "disk-cmk"
  location               = "westeurope"
  resource_group_name    = "rg-vm"
  storage_account_type   = "Premium_LRS"
  create_option          = "Empty"
  disk_size_gb           = 256
  disk_encryption_set_id = "/subscriptions/000/resourceGroups/rg-vm/providers/Microsoft.Compute/diskEncryptionSets/des"
}

resource "azurerm_linux_virtual_machine" "cmk" {
  name                  = "vm-cmk"
  resource_group_name   = "rg-vm"
  location              = "westeurope"
  size                  = "Standard_D2s_v5"
  admin_username        = "azureuser"
  network_interface_ids = ["/subscriptions/000/resourceGroups/rg-vm/providers/Microsoft.Network/networkInterfaces/nic"]

  admin_ssh_key {
    username   = "azureuser"
    public_key = var.ssh_public_key
  }

  os_disk {
    caching                = "ReadWrite"
    storage_account_type   = "Premium_LRS"
    disk_encryption_set_id = var.des_id
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "ubuntu-24_04-lts"
    sku       = "server"
    version   = "latest"
  }
}

resource "azurerm_linux_virtual_machine" "ade" {
  name                  = "vm-ade"
  resource_group_name   = "rg-vm"
  location              = "westeurope"
  size                  = "Standard_D2s_v5"
  admin_username        = "azureuser"
  network_interface_ids = ["/subscriptions/000/resourceGroups/rg-vm/providers/Microsoft.Network/networkInterfaces/nic"]

  admin_ssh_key {
    username   = "azureuser"
    public_key = var.ssh_public_key
  }

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "ubuntu-24_04-lts"
    sku       = "server"
    version   = "latest"
  }
}

resource "azurerm_virtual_machine_extension" "ade" {
  name                 = "AzureDiskEncryptionForLinux"
  virtual_machine_id   = azurerm_linux_virtual_machine.ade.id
  publisher            = "Microsoft.Azure.Security"
  type                 = "AzureDiskEncryptionForLinux"
  type_handler_version = "1.1"
}
