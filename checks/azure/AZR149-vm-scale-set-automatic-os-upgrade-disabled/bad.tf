resource "azurerm_linux_virtual_machine_scale_set" "workers" { # expect: AZR149
  name                = "vmss-workers"
  resource_group_name = "rg-vm"
  location            = "westeurope"
  sku                 = "Standard_D2s_v5"
  instances           = 2
  admin_username      = "azureuser"

  admin_ssh_key {
    username   = "azureuser"
    public_key = var.ssh_public_key
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "ubuntu-24_04-lts"
    sku       = "server"
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
      subnet_id = "/subscriptions/000/resourceGroups/rg-vm/providers/Microsoft.Network/virtualNetworks/vnet/subnets/workers"
    }
  }
}

variable "ssh_public_key" {
  type = string
}
