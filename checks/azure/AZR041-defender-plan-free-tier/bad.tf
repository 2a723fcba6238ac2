resource "azurerm_security_center_subscription_pricing" "servers" {
  tier          = "Free" # expect: AZR041
  resource_type = "VirtualMachines"
}
