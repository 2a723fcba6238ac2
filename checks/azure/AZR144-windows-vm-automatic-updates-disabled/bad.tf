resource "azurerm_windows_virtual_machine" "manual" {
  name                      = "vm-manual"
  resource_group_name       = "rg-vm"
  location                  = "westeurope"
  size                      = "Standard_D2s_v5"
  admin_username            = "azureadmin"
  admin_password            = var.admin_password
  network_interface_ids     = ["/subscriptions/000/resourceGroups/rg-vm/providers/Microsoft.Network/networkInterfaces/nic"]
  automatic_updates_enabled = false # expect: AZR144
  patch_mode                = "Manual"

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }

  source_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "2022-datacenter-azure-edition"
    version   = "latest"
  }
}

resource "azurerm_virtual_machine" "legacy" {
  name                  = "vm-legacy"
  location              = "westeurope"
  resource_group_name   = "rg-vm"
  network_interface_ids = ["/subscriptions/000/resourceGroups/rg-vm/providers/Microsoft.Network/networkInterfaces/nic"]
  vm_size               = "Standard_D2s_v5"

  storage_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "2022-datacenter"
    version   = "latest"
  }

  storage_os_disk {
    name              = "osdisk"
    caching           = "ReadWrite"
    create_option     = "FromImage"
    managed_disk_type = "Premium_LRS"
  }

  os_profile {
    computer_name  = "legacy"
    admin_username = "azureadmin"
    admin_password = var.admin_password
  }

  os_profile_windows_config { # expect: AZR144
    provision_vm_agent = true
  }
}

variable "admin_password" {
  type      = string
  sensitive = true
}
