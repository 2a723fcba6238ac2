resource "azurerm_security_center_contact" "email_only" { # expect: AZR196
  name                = "contact"
  email               = "security@example.com"
  alert_notifications = true
  alerts_to_admins    = true
}

resource "azurerm_security_center_contact" "blank" {
  name                = "other"
  email               = "security@example.com"
  phone               = "" # expect: AZR196
  alert_notifications = true
  alerts_to_admins    = true
}
