resource "azurerm_kubernetes_cluster" "default" { # expect: AZR132
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

resource "azurerm_kubernetes_cluster_node_pool" "user" {
  name                   = "user"
  kubernetes_cluster_id  = azurerm_kubernetes_cluster.default.id
  vm_size                = "Standard_D4s_v5"
  node_count             = 2
  enable_host_encryption = false # expect: AZR132
}
