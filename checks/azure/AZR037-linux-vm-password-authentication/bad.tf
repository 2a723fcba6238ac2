resource "azurerm_linux_virtual_machine" "password" {
  name                = "vm-password"
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
  admin_password                  = "not-a-real-password"
  disable_password_authentication = false # expect: AZR037
}

resource "azurerm_virtual_machine" "legacy" {
  name                  = "vm-legacy"
  location              = "westeurope"
  resource_group_name   = "rg-compute"
  network_interface_ids = ["/subscriptions/000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic"]
  vm_size               = "Standard_B2s"

  os_profile_linux_config {
    disable_password_authentication = false # expect: AZR037
  }
}
