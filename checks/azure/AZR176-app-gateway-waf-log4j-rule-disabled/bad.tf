resource "azurerm_web_application_firewall_policy" "override" {
  name                = "waf-override"
  resource_group_name = "rg-net"
  location            = "westeurope"

  managed_rules {
    managed_rule_set {
      type    = "OWASP"
      version = "3.2"

      rule_group_override {
        rule_group_name = "REQUEST-944-APPLICATION-ATTACK-JAVA"

        rule { # expect: AZR176
          id     = "944240"
          action = "Log"
        }

        rule {
          id      = "944250"
          enabled = true
          action  = "Block"
        }
      }
    }
  }
}

resource "azurerm_web_application_firewall_policy" "legacy" {
  name                = "waf-legacy"
  resource_group_name = "rg-net"
  location            = "westeurope"

  managed_rules {
    managed_rule_set {
      type    = "OWASP"
      version = "3.1"

      rule_group_override {
        rule_group_name = "REQUEST-944-APPLICATION-ATTACK-JAVA"
        disabled_rules  = ["944200", "944240"] # expect: AZR176
      }
    }
  }
}
