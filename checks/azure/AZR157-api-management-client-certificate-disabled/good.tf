variable "client_certs" {
  type = bool
}

resource "azurerm_api_management" "mtls" {
  name                       = "apim-mtls"
  location                   = "westeurope"
  resource_group_name        = "rg-apim"
  publisher_name             = "Example"
  publisher_email            = "api@example.com"
  sku_name                   = "Consumption_0"
  client_certificate_enabled = true
}

resource "azurerm_api_management" "standard" {
  name                = "apim-standard"
  location            = "westeurope"
  resource_group_name = "rg-apim"
  publisher_name      = "Example"
  publisher_email     = "api@example.com"
  sku_name            = "Standard_1"
}

resource "azurerm_api_management" "unknown" {
  name                       = "apim-unknown"
  location                   = "westeurope"
  resource_group_name        = "rg-apim"
  publisher_name             = "Example"
  publisher_email            = "api@example.com"
  sku_name                   = "Consumption_0"
  client_certificate_enabled = var.client_certs
}
