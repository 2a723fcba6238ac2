variable "pool_type" {
  type = string
}

resource "azurerm_kubernetes_cluster" "default" {
  name                = "default"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "default"

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
  name                = "unknown"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "unknown"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
    type       = var.pool_type
  }

  identity {
    type = "SystemAssigned"
  }
}
