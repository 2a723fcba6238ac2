resource "azurerm_eventgrid_topic" "orders" { # expect: AZR220
  name                = "egt-orders"
  location            = "westeurope"
  resource_group_name = "rg-events"
}

resource "azurerm_eventgrid_domain" "tenants" {
  name                = "egd-tenants"
  location            = "westeurope"
  resource_group_name = "rg-events"
  local_auth_enabled  = true # expect: AZR220
}
