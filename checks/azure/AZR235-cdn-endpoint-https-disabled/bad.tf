resource "azurerm_cdn_endpoint" "web" {
  name                = "cdn-web"
  profile_name        = "cdnp-web"
  location            = "westeurope"
  resource_group_name = "rg-web"
  is_https_allowed    = false # expect: AZR235

  origin {
    name      = "web"
    host_name = "web.example.com"
  }
}
