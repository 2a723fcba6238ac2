resource "azurerm_cdn_frontdoor_profile" "web" { # expect: AZR215
  name                = "afd-web"
  resource_group_name = "rg-web"
  sku_name            = "Premium_AzureFrontDoor"
}

resource "azurerm_cdn_frontdoor_endpoint" "web" {
  name                     = "web"
  cdn_frontdoor_profile_id = azurerm_cdn_frontdoor_profile.web.id
}
