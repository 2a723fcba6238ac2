# Defender is managed elsewhere: this module only sets the plans it owns.
resource "azurerm_security_center_subscription_pricing" "storage" {
  tier          = "Standard"
  resource_type = "StorageAccounts"
}
