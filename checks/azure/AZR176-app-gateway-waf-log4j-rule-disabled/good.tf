variable "rule_enabled" {
  type = bool
}

resource "azurerm_web_application_firewall_policy" "default" {
  name                = "waf-default"
  resource_group_name = "rg-net"
  location            = "westeurope"

  policy_settings {
    enabled = true
    mode    = "Prevention"
  }

  managed_rules {
    managed_rule_set {
      type    = "Microsoft_DefaultRuleSet"
      version = "2.1"
    }
  }
}

resource "azurerm_web_application_firewall_policy" "blocking_override" {
  name                = "waf-blocking"
  resource_group_name = "rg-net"
  location            = "westeurope"

  managed_rules {
    managed_rule_set {
      type    = "OWASP"
      version = "3.2"

      rule_group_override {
        rule_group_name = "REQUEST-944-APPLICATION-ATTACK-JAVA"

        rule {
          id      = "944240"
          enabled = true
          action  = "Block"
        }

        rule {
          id     = "944200"
          action = "Log"
        }
      }
    }
  }
}

resource "azurerm_web_application_firewall_policy" "unknown" {
  name                = "waf-unknown"
  resource_group_name = "rg-net"
  location            = "westeurope"

  managed_rules {
    managed_rule_set {
      type    = "OWASP"
      version = "3.2"

      rule_group_override {
        rule_group_name = "REQUEST-944-APPLICATION-ATTACK-JAVA"

        rule {
          id      = "944240"
          enabled = var.rule_enabled
          action  = "Block"
        }
      }
    }
  }
}
