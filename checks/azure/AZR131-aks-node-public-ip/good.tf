variable "node_public_ip" {
  type = bool
}

resource "azurerm_kubernetes_cluster" "private_nodes" {
  name                = "private-nodes"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "private-nodes"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster_node_pool" "explicit" {
  name                   = "explicit"
  kubernetes_cluster_id  = azurerm_kubernetes_cluster.private_nodes.id
  vm_size                = "Standard_D4s_v5"
  node_count             = 2
  node_public_ip_enabled = false
}

resource "azurerm_kubernetes_cluster_node_pool" "unknown" {
  name                   = "unknown"
  kubernetes_cluster_id  = azurerm_kubernetes_cluster.private_nodes.id
  vm_size                = "Standard_D4s_v5"
  node_count             = 2
  node_public_ip_enabled = var.node_public_ip
}
