variable "azure_policy" {
  type = bool
}

resource "azurerm_kubernetes_cluster" "policy" {
  name                = "policy"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "policy"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
  azure_policy_enabled = true
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

  addon_profile {
    azure_policy {
      enabled = true
    }
  }
}

resource "azurerm_kubernetes_cluster" "unknown" {
  name                = "unknown"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "unknown"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
  azure_policy_enabled = var.azure_policy
}
