variable "rule_on" {
  type = bool
}

# No override: the rule set blocks 944240.
resource "azurerm_frontdoor_firewall_policy" "web" {
  name                = "wafweb"
  resource_group_name = "rg-web"

  managed_rule {
    type    = "DefaultRuleSet"
    version = "1.0"
  }
}

resource "azurerm_cdn_frontdoor_firewall_policy" "edge" {
  name                = "wafedge"
  resource_group_name = "rg-web"
  sku_name            = "Premium_AzureFrontDoor"
  mode                = "Prevention"

  managed_rule {
    type    = "Microsoft_DefaultRuleSet"
    version = "2.1"
    action  = "Block"

    override {
      rule_group_name = "JAVA"

      rule {
        rule_id = "944240"
        enabled = true
        action  = "Block"
      }

      rule {
        rule_id = "944250"
        enabled = false
        action  = "Block"
      }
    }
  }
}

resource "azurerm_cdn_frontdoor_firewall_policy" "unknown" {
  name                = "wafunknown"
  resource_group_name = "rg-web"
  sku_name            = "Premium_AzureFrontDoor"
  mode                = "Prevention"

  managed_rule {
    type    = "Microsoft_DefaultRuleSet"
    version = "2.1"
    action  = "Block"

    override {
      rule_group_name = "JAVA"

      rule {
        rule_id = "944240"
        enabled = var.rule_on
        action  = "Block"
      }
    }
  }
}
