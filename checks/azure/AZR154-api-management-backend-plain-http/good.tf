variable "backend_url" {
  type = string
}

resource "azurerm_api_management_backend" "orders" {
  name                = "orders"
  resource_group_name = "rg-apim"
  api_management_name = "apim-prod"
  protocol            = "http"
  url                 = "https://orders.internal.example.com/api"
}

resource "azurerm_api_management_backend" "unknown" {
  name                = "unknown"
  resource_group_name = "rg-apim"
  api_management_name = "apim-prod"
  protocol            = "http"
  url                 = var.backend_url
}
