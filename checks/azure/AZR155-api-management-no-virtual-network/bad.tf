resource "azurerm_api_management" "premium" { # expect: AZR155
  name                = "apim-premium"
  location            = "westeurope"
  resource_group_name = "rg-apim"
  publisher_name      = "Example"
  publisher_email     = "api@example.com"
  sku_name            = "Premium_1"
}
