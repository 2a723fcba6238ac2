resource "azurerm_kubernetes_cluster" "shared" { # expect: AZR136
  name                = "shared"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "shared"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster_node_pool" "apps" {
  name                  = "apps"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.shared.id
  vm_size               = "Standard_D8s_v5"
  node_count            = 3
  mode                  = "User"
}
