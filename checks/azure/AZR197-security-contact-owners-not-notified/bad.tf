resource "azurerm_security_center_contact" "contact_only" {
  name                = "contact"
  email               = "security@example.com"
  phone               = "+1-555-555-0100"
  alert_notifications = true
  alerts_to_admins    = false # expect: AZR197
}
