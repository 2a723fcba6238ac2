resource "azurerm_frontdoor_firewall_policy" "classic" {
  name                = "wafclassic"
  resource_group_name = "rg-web"
  enabled             = false # expect: AZR216
  mode                = "Prevention"
}

resource "azurerm_cdn_frontdoor_firewall_policy" "edge" {
  name                = "wafedge"
  resource_group_name = "rg-web"
  sku_name            = "Standard_AzureFrontDoor"
  enabled             = false # expect: AZR216
  mode                = "Prevention"
}

resource "azurerm_web_application_firewall_policy" "gateway" {
  name                = "waf-gateway"
  resource_group_name = "rg-web"
  location            = "westeurope"

  policy_settings {
    enabled = false # expect: AZR216
    mode    = "Prevention"
  }

  managed_rules {
    managed_rule_set {
      type    = "OWASP"
      version = "3.2"
    }
  }
}
