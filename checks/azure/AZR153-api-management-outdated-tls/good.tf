variable "tls10" {
  type = bool
}

resource "azurerm_api_management" "default" {
  name                = "apim-default"
  location            = "westeurope"
  resource_group_name = "rg-apim"
  publisher_name      = "Example"
  publisher_email     = "api@example.com"
  sku_name            = "Standard_1"
}

resource "azurerm_api_management" "explicit" {
  name                = "apim-explicit"
  location            = "westeurope"
  resource_group_name = "rg-apim"
  publisher_name      = "Example"
  publisher_email     = "api@example.com"
  sku_name            = "Standard_1"

  security {
    frontend_tls10_enabled = false
    frontend_tls11_enabled = false
  }
}

resource "azurerm_api_management" "unknown" {
  name                = "apim-unknown"
  location            = "westeurope"
  resource_group_name = "rg-apim"
  publisher_name      = "Example"
  publisher_email     = "api@example.com"
  sku_name            = "Standard_1"

  security {
    frontend_tls10_enabled = var.tls10
  }
}
