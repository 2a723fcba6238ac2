resource "azurerm_cdn_endpoint" "web" { # expect: AZR234
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
  is_http_allowed     = true # expect: AZR234

  origin {
    name      = "web"
    host_name = "web.example.com"
  }
}
