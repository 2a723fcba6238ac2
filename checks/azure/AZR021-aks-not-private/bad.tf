resource "azurerm_kubernetes_cluster" "public" { # expect: AZR021
  name                = "public"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "public"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster" "explicit" {
  name                = "explicit"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "explicit"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
  private_cluster_enabled = false # expect: AZR021
}
