variable "host_encryption" {
  type = bool
}

resource "azurerm_kubernetes_cluster" "encrypted" {
  name                = "encrypted"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "encrypted"

  default_node_pool {
    name                    = "system"
    node_count              = 3
    vm_size                 = "Standard_D4s_v5"
    host_encryption_enabled = true
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster_node_pool" "unknown" {
  name                    = "unknown"
  kubernetes_cluster_id   = azurerm_kubernetes_cluster.encrypted.id
  vm_size                 = "Standard_D4s_v5"
  node_count              = 2
  host_encryption_enabled = var.host_encryption
}
