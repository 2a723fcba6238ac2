resource "azurerm_kubernetes_cluster" "kubenet" { # expect: AZR020
  name                = "kubenet"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "kubenet"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster" "cni_only" { # expect: AZR020
  name                = "cnionly"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "cnionly"

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
  }
}
