resource "azurerm_eventgrid_topic" "orders" { # expect: AZR219
  name                = "egt-orders"
  location            = "westeurope"
  resource_group_name = "rg-events"
}

resource "azurerm_eventgrid_domain" "tenants" {
  name                          = "egd-tenants"
  location                      = "westeurope"
  resource_group_name           = "rg-events"
  public_network_access_enabled = true # expect: AZR219
}
