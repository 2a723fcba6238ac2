resource "azurerm_api_management" "legacy_clients" {
  name                = "apim-legacy"
  location            = "westeurope"
  resource_group_name = "rg-apim"
  publisher_name      = "Example"
  publisher_email     = "api@example.com"
  sku_name            = "Standard_1"

  security {
    frontend_tls10_enabled = true # expect: AZR153
  }
}

resource "azurerm_api_management" "v3" {
  name                = "apim-v3"
  location            = "westeurope"
  resource_group_name = "rg-apim"
  publisher_name      = "Example"
  publisher_email     = "api@example.com"
  sku_name            = "Developer_1"

  security {
    enable_backend_ssl30 = true # expect: AZR153
  }
}
