variable "workspace_id" {
  type = string
}

resource "azurerm_kubernetes_cluster" "insights" {
  name                = "insights"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "insights"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }

  oms_agent {
    log_analytics_workspace_id = var.workspace_id
  }
}

resource "azurerm_kubernetes_cluster" "audit" {
  name                = "audit"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  dns_prefix          = "audit"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_monitor_diagnostic_setting" "audit" {
  name                       = "control-plane"
  target_resource_id         = azurerm_kubernetes_cluster.audit.id
  log_analytics_workspace_id = var.workspace_id

  enabled_log {
    category = "kube-audit-admin"
  }
}
