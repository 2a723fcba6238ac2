data "azurerm_subscription" "current" {}

resource "azurerm_monitor_action_group" "security" {
  name                = "security"
  resource_group_name = "rg-monitoring"
  short_name          = "security"

  email_receiver {
    name          = "soc"
    email_address = "soc@example.com"
  }
}

resource "azurerm_monitor_diagnostic_setting" "activity" {
  name                       = "activity-log"
  target_resource_id         = data.azurerm_subscription.current.id
  log_analytics_workspace_id = "/subscriptions/000/resourceGroups/rg-monitoring/providers/Microsoft.OperationalInsights/workspaces/law-sec"

  enabled_log {
    category = "Administrative"
  }

  enabled_log {
    category = "Security"
  }
}

# Only informational events of successful calls: every change is still seen.
resource "azurerm_monitor_activity_log_alert" "successes" {
  name                = "successes"
  resource_group_name = "rg-monitoring"
  location            = "global"
  scopes              = [data.azurerm_subscription.current.id]

  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Network/networkSecurityGroups/write"
    level          = "Informational"
    statuses       = ["Succeeded"]
  }

  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}
