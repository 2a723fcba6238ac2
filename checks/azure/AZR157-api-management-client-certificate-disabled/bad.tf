resource "azurerm_api_management" "serverless" { # expect: AZR157
  name                = "apim-serverless"
  location            = "westeurope"
  resource_group_name = "rg-apim"
  publisher_name      = "Example"
  publisher_email     = "api@example.com"
  sku_name            = "Consumption_0"
}
