variable "public" {
  type = bool
}

resource "azurerm_servicebus_namespace" "orders" {
  name                          = "sb-orders"
  location                      = "westeurope"
  resource_group_name           = "rg-messaging"
  sku                           = "Premium"
  capacity                      = 1
  public_network_access_enabled = false
}

resource "azurerm_servicebus_namespace" "billing" {
  name                          = "sb-billing"
  location                      = "westeurope"
  resource_group_name           = "rg-messaging"
  sku                           = "Premium"
  capacity                      = 1
  public_network_access_enabled = var.public
}

# Public, but only for the listed networks.
resource "azurerm_servicebus_namespace" "partners" {
  name                = "sb-partners"
  location            = "westeurope"
  resource_group_name = "rg-messaging"
  sku                 = "Premium"
  capacity            = 1

  network_rule_set {
    default_action = "Deny"
    ip_rules       = ["203.0.113.0/24"]
  }
}

# Standard namespaces cannot be made private.
resource "azurerm_servicebus_namespace" "standard" {
  name                = "sb-standard"
  location            = "westeurope"
  resource_group_name = "rg-messaging"
  sku                 = "Standard"
}
