variable "ssh_public_key" {
  type = string
}

variable "auto_upgrade" {
  type = bool
}

resource "azurerm_linux_virtual_machine_scale_set" "rolling" {
  name                = "vmss-rolling"
  resource_group_name = "rg-vm"
  location            = "westeurope"
  sku                 = "Standard_D2s_v5"
  instances           = 3
  admin_username      = "azureuser"
  upgrade_mode        = "Rolling"
  health_probe_id     = "/subscriptions/000/resourceGroups/rg-vm/providers/Microsoft.Network/loadBalancers/lb/probes/http"

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

  rolling_upgrade_policy {
    max_batch_instance_percent              = 20
    max_unhealthy_instance_percent          = 20
    max_unhealthy_upgraded_instance_percent = 20
    pause_time_between_batches              = "PT0S"
  }

  automatic_os_upgrade_policy {
    enable_automatic_os_upgrade = true
    disable_automatic_rollback  = false
  }
}

# Built from a custom image: automatic OS image upgrades do not apply.
resource "azurerm_linux_virtual_machine_scale_set" "custom_image" {
  name                = "vmss-custom"
  resource_group_name = "rg-vm"
  location            = "westeurope"
  sku                 = "Standard_D2s_v5"
  instances           = 2
  admin_username      = "azureuser"
  source_image_id     = "/subscriptions/000/resourceGroups/rg-img/providers/Microsoft.Compute/images/golden"

  admin_ssh_key {
    username   = "azureuser"
    public_key = var.ssh_public_key
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

resource "azurerm_linux_virtual_machine_scale_set" "unknown" {
  name                = "vmss-unknown"
  resource_group_name = "rg-vm"
  location            = "westeurope"
  sku                 = "Standard_D2s_v5"
  instances           = 2
  admin_username      = "azureuser"
  upgrade_mode        = "Automatic"

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

  automatic_os_upgrade_policy {
    enable_automatic_os_upgrade = var.auto_upgrade
    disable_automatic_rollback  = false
  }
}
