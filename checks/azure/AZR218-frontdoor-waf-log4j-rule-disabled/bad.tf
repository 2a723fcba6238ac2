resource "azurerm_frontdoor_firewall_policy" "web" {
  name                = "wafweb"
  resource_group_name = "rg-web"

  managed_rule {
    type    = "DefaultRuleSet"
    version = "1.0"

    override {
      rule_group_name = "JAVA"

      rule {
        rule_id = "944240"
        enabled = false # expect: AZR218
        action  = "Block"
      }
    }
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

      # No `enabled`: the override turns the rule off.
      rule { # expect: AZR218
        rule_id = "944240"
        action  = "Block"
      }

      rule {
        rule_id = "944250"
        enabled = true
        action  = "Log"
      }
    }
  }
}

resource "azurerm_cdn_frontdoor_firewall_policy" "log_only" {
  name                = "waflog"
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
        action  = "Log" # expect: AZR218
      }
    }
  }
}
