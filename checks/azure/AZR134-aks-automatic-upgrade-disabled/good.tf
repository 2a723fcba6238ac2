variable "upgrade_channel" {
  type = string
}

resource "azurerm_kubernetes_cluster" "patch" {
  name                      = "patch"
  location                  = "westeurope"
  resource_group_name       = "rg-aks"
  dns_prefix                = "patch"
  automatic_upgrade_channel = "patch"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster" "unknown" {
  name                      = "unknown"
  location                  = "westeurope"
  resource_group_name       = "rg-aks"
  dns_prefix                = "unknown"
  automatic_channel_upgrade = var.upgrade_channel

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}
