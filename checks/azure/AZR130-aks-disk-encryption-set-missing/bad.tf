resource "azurerm_kubernetes_cluster" "platform_keys" { # expect: AZR130
  name                = "platform-keys"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "platform-keys"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}
