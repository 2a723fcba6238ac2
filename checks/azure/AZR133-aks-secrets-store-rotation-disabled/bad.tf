resource "azurerm_kubernetes_cluster" "static_secrets" { # expect: AZR133
  name                = "static-secrets"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "static-secrets"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }

  key_vault_secrets_provider {
    secret_rotation_interval = "2m"
  }
}
