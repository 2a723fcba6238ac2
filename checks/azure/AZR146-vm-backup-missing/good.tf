variable "ssh_public_key" {
  type = string
}

variable "admin_password" {
  type      = string
  sensitive = true
}

variable "protected_vm_id" {
  type = string
}

resource "azurerm_linux_virtual_machine" "db" {
  name                  = "vm-db"
  resource_group_name   = "rg-vm"
  location              = "westeurope"
  size                  = "Standard_D4s_v5"
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

resource "azurerm_backup_protected_vm" "db" {
  resource_group_name = "rg-backup"
  recovery_vault_name = "rsv-prod"
  source_vm_id        = azurerm_linux_virtual_machine.db.id
  backup_policy_id    = "/subscriptions/000/resourceGroups/rg-backup/providers/Microsoft.RecoveryServices/vaults/rsv-prod/backupPolicies/daily"
}

# Protected through an id passed in from elsewhere: it might be this VM.
resource "azurerm_windows_virtual_machine" "app" {
  name                  = "vm-app"
  resource_group_name   = "rg-vm"
  location              = "westeurope"
  size                  = "Standard_D2s_v5"
  admin_username        = "azureadmin"
  admin_password        = var.admin_password
  network_interface_ids = ["/subscriptions/000/resourceGroups/rg-vm/providers/Microsoft.Network/networkInterfaces/nic"]

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

resource "azurerm_backup_protected_vm" "app" {
  resource_group_name = "rg-backup"
  recovery_vault_name = "rsv-prod"
  source_vm_id        = var.protected_vm_id
  backup_policy_id    = "/subscriptions/000/resourceGroups/rg-backup/providers/Microsoft.RecoveryServices/vaults/rsv-prod/backupPolicies/daily"
}
