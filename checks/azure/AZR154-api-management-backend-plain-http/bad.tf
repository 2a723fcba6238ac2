resource "azurerm_api_management_backend" "orders" {
  name                = "orders"
  resource_group_name = "rg-apim"
  api_management_name = "apim-prod"
  protocol            = "http"
  url                 = "http://orders.internal.example.com/api" # expect: AZR154
}
