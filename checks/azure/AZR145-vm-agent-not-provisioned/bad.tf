resource "azurerm_linux_virtual_machine" "bare" {
  name                  = "vm-bare"
  resource_group_name   = "rg-vm"
  location              = "westeurope"
  size                  = "Standard_D2s_v5"
  admin_username        = "azureuser"
  provision_vm_agent    = false # expect: AZR145
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

  os_profile_windows_config { # expect: AZR145
    enable_automatic_upgrades = true
  }
}

variable "ssh_public_key" {
  type = string
}

variable "admin_password" {
  type      = string
  sensitive = true
}
