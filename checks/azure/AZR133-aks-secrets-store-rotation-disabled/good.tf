variable "rotation" {
  type = bool
}

resource "azurerm_kubernetes_cluster" "rotating" {
  name                = "rotating"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "rotating"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }

  key_vault_secrets_provider {
    secret_rotation_enabled  = true
    secret_rotation_interval = "5m"
  }
}

resource "azurerm_kubernetes_cluster" "no_addon" {
  name                = "no-addon"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "no-addon"

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
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }

  key_vault_secrets_provider {
    secret_rotation_enabled = var.rotation
  }
}
