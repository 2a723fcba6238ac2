resource "azurerm_kubernetes_cluster" "frozen" { # expect: AZR134
  name                = "frozen"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "frozen"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster" "explicit_none" {
  name                      = "explicit-none"
  location                  = "westeurope"
  resource_group_name       = "rg-aks"
  dns_prefix                = "explicit-none"
  automatic_channel_upgrade = "none" # expect: AZR134

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}
