resource "azurerm_api_management" "public" { # expect: AZR156
  name                = "apim-public"
  location            = "westeurope"
  resource_group_name = "rg-apim"
  publisher_name      = "Example"
  publisher_email     = "api@example.com"
  sku_name            = "Standard_1"
}
