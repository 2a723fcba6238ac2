variable "oncall_phone" {
  type = string
}

resource "azurerm_security_center_contact" "oncall" {
  name                = "contact"
  email               = "security@example.com"
  phone               = "+1-555-555-0100"
  alert_notifications = true
  alerts_to_admins    = true
}

resource "azurerm_security_center_contact" "unknown" {
  name                = "other"
  email               = "security@example.com"
  phone               = var.oncall_phone
  alert_notifications = true
  alerts_to_admins    = true
}
