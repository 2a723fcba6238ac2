variable "identity_type" {
  type = string
}

resource "azurerm_eventgrid_topic" "orders" {
  name                = "egt-orders"
  location            = "westeurope"
  resource_group_name = "rg-events"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_eventgrid_domain" "tenants" {
  name                = "egd-tenants"
  location            = "westeurope"
  resource_group_name = "rg-events"

  identity {
    type = var.identity_type
  }
}
