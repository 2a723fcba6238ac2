resource "azurerm_kubernetes_cluster" "default" { # expect: AZR135
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

resource "azurerm_kubernetes_cluster" "free" {
  name                = "free"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "free"
  sku_tier            = "Free" # expect: AZR135

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}
