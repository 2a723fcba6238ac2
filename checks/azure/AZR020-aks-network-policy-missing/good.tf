variable "network_policy" {
  type = string
}

resource "azurerm_kubernetes_cluster" "calico" {
  name                = "calico"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "calico"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }

  network_profile {
    network_plugin = "azure"
    network_policy = "calico"
  }
}

resource "azurerm_kubernetes_cluster" "unknown" {
  name                = "unknown"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "unknown"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }

  network_profile {
    network_plugin = "azure"
    network_policy = var.network_policy
  }
}
