resource "azurerm_kubernetes_cluster" "no_rbac" {
  name                = "norbac"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "norbac"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
  role_based_access_control_enabled = false # expect: AZR019
}

resource "azurerm_kubernetes_cluster" "v2" {
  name                = "v2"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "v2"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }

  role_based_access_control {
    enabled = false # expect: AZR019
  }
}
