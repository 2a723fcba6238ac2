variable "authorized_ranges" {
  type = list(string)
}

variable "private" {
  type = bool
}

resource "azurerm_kubernetes_cluster" "ranges" {
  name                = "ranges"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "ranges"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }

  api_server_access_profile {
    authorized_ip_ranges = ["203.0.113.0/24"]
  }
}

resource "azurerm_kubernetes_cluster" "legacy_ranges" {
  name                = "legacy"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "legacy"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
  api_server_authorized_ip_ranges = ["198.51.100.0/24"]
}

resource "azurerm_kubernetes_cluster" "private" {
  name                = "private"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "private"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
  private_cluster_enabled = true
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
  private_cluster_enabled = var.private

  api_server_access_profile {
    authorized_ip_ranges = var.authorized_ranges
  }
}
