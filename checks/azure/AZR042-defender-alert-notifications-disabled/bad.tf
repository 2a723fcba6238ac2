resource "azurerm_security_center_contact" "silent" {
  name                = "contact"
  email               = "security@example.com"
  alert_notifications = false # expect: AZR042
  alerts_to_admins    = false
}
