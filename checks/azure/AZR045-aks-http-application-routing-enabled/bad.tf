resource "azurerm_kubernetes_cluster" "demo" {
  name                = "demo"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "demo"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
  http_application_routing_enabled = true # expect: AZR045
}
