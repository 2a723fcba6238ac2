variable "profile_id" {
  type = string
}

variable "waf_policy_id" {
  type = string
}

resource "azurerm_cdn_frontdoor_profile" "web" {
  name                = "afd-web"
  resource_group_name = "rg-web"
  sku_name            = "Standard_AzureFrontDoor"
}

# The profile comes from a variable: it may be this one.
resource "azurerm_cdn_frontdoor_security_policy" "maybe" {
  name                     = "waf"
  cdn_frontdoor_profile_id = var.profile_id

  security_policies {
    firewall {
      cdn_frontdoor_firewall_policy_id = var.waf_policy_id

      association {
        patterns_to_match = ["/*"]

        domain {
          cdn_frontdoor_domain_id = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Cdn/profiles/afd-web/afdEndpoints/web"
        }
      }
    }
  }
}
