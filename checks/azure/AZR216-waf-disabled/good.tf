variable "waf_on" {
  type = bool
}

# On by default.
resource "azurerm_frontdoor_firewall_policy" "classic" {
  name                = "wafclassic"
  resource_group_name = "rg-web"
}

resource "azurerm_cdn_frontdoor_firewall_policy" "edge" {
  name                = "wafedge"
  resource_group_name = "rg-web"
  sku_name            = "Standard_AzureFrontDoor"
  enabled             = true
  mode                = "Prevention"
}

resource "azurerm_web_application_firewall_policy" "gateway" {
  name                = "waf-gateway"
  resource_group_name = "rg-web"
  location            = "westeurope"

  policy_settings {
    enabled = var.waf_on
    mode    = "Prevention"
  }

  managed_rules {
    managed_rule_set {
      type    = "OWASP"
      version = "3.2"
    }
  }
}
