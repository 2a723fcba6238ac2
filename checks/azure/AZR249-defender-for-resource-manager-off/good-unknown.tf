variable "tier" {
  type = string
}

resource "azurerm_security_center_contact" "soc" {
  name                = "soc"
  email               = "soc@example.com"
  phone               = "+1-555-555-0100"
  alert_notifications = true
  alerts_to_admins    = true
}

resource "azurerm_security_center_subscription_pricing" "plan" {
  tier          = var.tier
  resource_type = "Arm"
}
