resource "azurerm_kubernetes_cluster" "public" { # expect: AZR018
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

resource "azurerm_kubernetes_cluster" "empty_ranges" { # expect: AZR018
  name                = "empty"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "empty"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }

  api_server_access_profile {
    authorized_ip_ranges = []
  }
}
