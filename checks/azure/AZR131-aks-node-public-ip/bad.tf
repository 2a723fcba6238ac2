resource "azurerm_kubernetes_cluster" "public_nodes" {
  name                = "public-nodes"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "public-nodes"

  default_node_pool {
    name                   = "system"
    node_count             = 3
    vm_size                = "Standard_D4s_v5"
    node_public_ip_enabled = true # expect: AZR131
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster_node_pool" "user" {
  name                  = "user"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.public_nodes.id
  vm_size               = "Standard_D4s_v5"
  node_count            = 2
  enable_node_public_ip = true # expect: AZR131
}
