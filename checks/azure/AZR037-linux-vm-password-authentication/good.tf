variable "ssh_public_key" {
  type = string
}

variable "disable_password" {
  type = bool
}

resource "azurerm_linux_virtual_machine" "keys" {
  name                = "vm-keys"
  resource_group_name = "rg-compute"
  location            = "westeurope"
  size                = "Standard_B2s"
  admin_username      = "azureuser"
  network_interface_ids = ["/subscriptions/000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic"]

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "0001-com-ubuntu-server-jammy"
    sku       = "22_04-lts"
    version   = "latest"
  }

  admin_ssh_key {
    username   = "azureuser"
    public_key = var.ssh_public_key
  }
}

resource "azurerm_linux_virtual_machine" "unknown" {
  name                = "vm-unknown"
  resource_group_name = "rg-compute"
  location            = "westeurope"
  size                = "Standard_B2s"
  admin_username      = "azureuser"
  network_interface_ids = ["/subscriptions/000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic"]

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "0001-com-ubuntu-server-jammy"
    sku       = "22_04-lts"
    version   = "latest"
  }
  disable_password_authentication = var.disable_password
}
