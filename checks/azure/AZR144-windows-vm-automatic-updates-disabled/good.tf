variable "admin_password" {
  type      = string
  sensitive = true
}

variable "auto_updates" {
  type = bool
}

resource "azurerm_windows_virtual_machine" "default" {
  name                  = "vm-default"
  resource_group_name   = "rg-vm"
  location              = "westeurope"
  size                  = "Standard_D2s_v5"
  admin_username        = "azureadmin"
  admin_password        = var.admin_password
  network_interface_ids = ["/subscriptions/000/resourceGroups/rg-vm/providers/Microsoft.Network/networkInterfaces/nic"]
  patch_mode            = "AutomaticByPlatform"

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

  os_profile_windows_config {
    provision_vm_agent        = true
    enable_automatic_upgrades = true
  }
}

resource "azurerm_windows_virtual_machine_scale_set" "unknown" {
  name                     = "vmss-unknown"
  resource_group_name      = "rg-vm"
  location                 = "westeurope"
  sku                      = "Standard_D2s_v5"
  instances                = 2
  admin_username           = "azureadmin"
  admin_password           = var.admin_password
  enable_automatic_updates = var.auto_updates

  source_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "2022-datacenter-azure-edition"
    version   = "latest"
  }

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }

  network_interface {
    name    = "nic"
    primary = true

    ip_configuration {
      name      = "internal"
      primary   = true
      subnet_id = "/subscriptions/000/resourceGroups/rg-vm/providers/Microsoft.Network/virtualNetworks/vnet/subnets/app"
    }
  }
}
