variable "http" {
  type = bool
}

resource "azurerm_cdn_endpoint" "web" {
  name                = "cdn-web"
  profile_name        = "cdnp-web"
  location            = "westeurope"
  resource_group_name = "rg-web"
  is_http_allowed     = false

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
  is_http_allowed     = var.http

  origin {
    name      = "web"
    host_name = "web.example.com"
  }
}

# HTTP is answered with a redirect to HTTPS.
resource "azurerm_cdn_endpoint" "static" {
  name                = "cdn-static"
  profile_name        = "cdnp-web"
  location            = "westeurope"
  resource_group_name = "rg-web"

  origin {
    name      = "web"
    host_name = "web.example.com"
  }

  global_delivery_rule {
    url_redirect_action {
      redirect_type = "Found"
      protocol      = "Https"
    }
  }
}
