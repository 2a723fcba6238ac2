variable "public" {
  type = bool
}

resource "azurerm_eventgrid_topic" "orders" {
  name                          = "egt-orders"
  location                      = "westeurope"
  resource_group_name           = "rg-events"
  public_network_access_enabled = false
}

resource "azurerm_eventgrid_domain" "tenants" {
  name                          = "egd-tenants"
  location                      = "westeurope"
  resource_group_name           = "rg-events"
  public_network_access_enabled = var.public
}

# Public, but only for the listed publishers.
resource "azurerm_eventgrid_topic" "partners" {
  name                = "egt-partners"
  location            = "westeurope"
  resource_group_name = "rg-events"

  inbound_ip_rule {
    ip_mask = "203.0.113.0/24"
    action  = "Allow"
  }
}
