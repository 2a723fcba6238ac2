variable "sku_tier" {
  type = string
}

resource "azurerm_kubernetes_cluster" "standard" {
  name                = "standard"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "standard"
  sku_tier            = "Standard"

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
  sku_tier            = var.sku_tier

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}
