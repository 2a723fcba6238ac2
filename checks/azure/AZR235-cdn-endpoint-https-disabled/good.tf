variable "https" {
  type = bool
}

resource "azurerm_cdn_endpoint" "web" {
  name                = "cdn-web"
  profile_name        = "cdnp-web"
  location            = "westeurope"
  resource_group_name = "rg-web"

  origin {
    name      = "web"
    host_name = "web.example.com"
  }
}

resource "azurerm_cdn_endpoint" "api" {
  name                = "cdn-api"
  profile_name        = "cdnp-web"
  location            = "westeurope"
  resource_group_name = "rg-web"
  is_https_allowed    = var.https

  origin {
    name      = "web"
    host_name = "web.example.com"
  }
}
