variable "des_id" {
  type = string
}

resource "azurerm_kubernetes_cluster" "cmk" {
  name                   = "cmk"
  location               = "westeurope"
  resource_group_name    = "rg-aks"
  dns_prefix             = "cmk"
  disk_encryption_set_id = "/subscriptions/000/resourceGroups/rg-aks/providers/Microsoft.Compute/diskEncryptionSets/des"

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
  name                   = "unknown"
  location               = "westeurope"
  resource_group_name    = "rg-aks"
  dns_prefix             = "unknown"
  disk_encryption_set_id = var.des_id

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}
