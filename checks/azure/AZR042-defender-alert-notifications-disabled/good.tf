variable "notify" {
  type = bool
}

resource "azurerm_security_center_contact" "oncall" {
  name                = "contact"
  email               = "security@example.com"
  alert_notifications = true
  alerts_to_admins    = true
}

resource "azurerm_security_center_contact" "unknown" {
  name                = "other"
  email               = "security@example.com"
  alert_notifications = var.notify
  alerts_to_admins    = true
}
