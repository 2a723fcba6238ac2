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
