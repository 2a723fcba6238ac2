variable "tier" {
  type = string
}

resource "azurerm_security_center_subscription_pricing" "servers" {
  tier          = "Standard"
  resource_type = "VirtualMachines"
  subplan       = "P2"
}

resource "azurerm_security_center_subscription_pricing" "storage" {
  tier          = var.tier
  resource_type = "StorageAccounts"
}
