variable "critical_only" {
  type = bool
}

resource "azurerm_kubernetes_cluster" "dedicated" {
  name                = "dedicated"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "dedicated"

  default_node_pool {
    name                         = "system"
    node_count                   = 3
    vm_size                      = "Standard_D4s_v5"
    only_critical_addons_enabled = true
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster_node_pool" "apps" {
  name                  = "apps"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.dedicated.id
  vm_size               = "Standard_D8s_v5"
  node_count            = 3
}

# A single-pool cluster needs its default pool for the workloads.
resource "azurerm_kubernetes_cluster" "single_pool" {
  name                = "single-pool"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "single-pool"

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
    name                         = "system"
    node_count                   = 3
    vm_size                      = "Standard_D4s_v5"
    only_critical_addons_enabled = var.critical_only
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster_node_pool" "unknown_apps" {
  name                  = "apps"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.unknown.id
  vm_size               = "Standard_D8s_v5"
  node_count            = 3
}
