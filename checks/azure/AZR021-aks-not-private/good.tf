variable "private" {
  type = bool
}

resource "azurerm_kubernetes_cluster" "private" {
  name                = "private"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "private"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
  private_cluster_enabled = true
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
  private_cluster_enabled = var.private
}
