variable "local_disabled" {
  type = bool
}

resource "azurerm_kubernetes_cluster" "entra" {
  name                = "entra"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "entra"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
  local_account_disabled = true

  azure_active_directory_role_based_access_control {
    azure_rbac_enabled = true
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
  local_account_disabled = var.local_disabled
}
