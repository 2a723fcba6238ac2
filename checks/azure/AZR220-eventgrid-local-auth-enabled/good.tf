variable "keys" {
  type = bool
}

resource "azurerm_eventgrid_topic" "orders" {
  name                = "egt-orders"
  location            = "westeurope"
  resource_group_name = "rg-events"
  local_auth_enabled  = false
}

resource "azurerm_eventgrid_domain" "tenants" {
  name                = "egd-tenants"
  location            = "westeurope"
  resource_group_name = "rg-events"
  local_auth_enabled  = var.keys
}
