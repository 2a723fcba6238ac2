resource "azurerm_eventgrid_topic" "orders" { # expect: AZR221
  name                = "egt-orders"
  location            = "westeurope"
  resource_group_name = "rg-events"
}
