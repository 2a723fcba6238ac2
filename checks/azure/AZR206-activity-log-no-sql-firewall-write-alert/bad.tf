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

resource "azurerm_monitor_diagnostic_setting" "activity" { # expect: AZR206
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

resource "azurerm_monitor_activity_log_alert" "cis-0" {
  name                = "cis-0"
  resource_group_name = "rg-monitoring"
  location            = "global"
  scopes              = [data.azurerm_subscription.current.id]

  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Authorization/policyAssignments/write"
  }

  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}

resource "azurerm_monitor_activity_log_alert" "cis-1" {
  name                = "cis-1"
  resource_group_name = "rg-monitoring"
  location            = "global"
  scopes              = [data.azurerm_subscription.current.id]

  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Authorization/policyAssignments/delete"
  }

  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}

resource "azurerm_monitor_activity_log_alert" "cis-2" {
  name                = "cis-2"
  resource_group_name = "rg-monitoring"
  location            = "global"
  scopes              = [data.azurerm_subscription.current.id]

  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Network/networkSecurityGroups/write"
  }

  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}

resource "azurerm_monitor_activity_log_alert" "cis-3" {
  name                = "cis-3"
  resource_group_name = "rg-monitoring"
  location            = "global"
  scopes              = [data.azurerm_subscription.current.id]

  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Network/networkSecurityGroups/delete"
  }

  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}

resource "azurerm_monitor_activity_log_alert" "cis-4" {
  name                = "cis-4"
  resource_group_name = "rg-monitoring"
  location            = "global"
  scopes              = [data.azurerm_subscription.current.id]

  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Security/securitySolutions/write"
  }

  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}

resource "azurerm_monitor_activity_log_alert" "cis-5" {
  name                = "cis-5"
  resource_group_name = "rg-monitoring"
  location            = "global"
  scopes              = [data.azurerm_subscription.current.id]

  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Security/securitySolutions/delete"
  }

  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}

resource "azurerm_monitor_activity_log_alert" "cis-6" {
  name                = "cis-6"
  resource_group_name = "rg-monitoring"
  location            = "global"
  scopes              = [data.azurerm_subscription.current.id]

  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Sql/servers/firewallRules/delete"
  }

  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}

resource "azurerm_monitor_activity_log_alert" "cis-7" {
  name                = "cis-7"
  resource_group_name = "rg-monitoring"
  location            = "global"
  scopes              = [data.azurerm_subscription.current.id]

  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Network/publicIPAddresses/write"
  }

  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}

resource "azurerm_monitor_activity_log_alert" "cis-8" {
  name                = "cis-8"
  resource_group_name = "rg-monitoring"
  location            = "global"
  scopes              = [data.azurerm_subscription.current.id]

  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Network/publicIPAddresses/delete"
  }

  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}

# Disabled: does not count.
resource "azurerm_monitor_activity_log_alert" "disabled" {
  name                = "disabled"
  resource_group_name = "rg-monitoring"
  location            = "global"
  enabled             = false
  scopes              = [data.azurerm_subscription.current.id]

  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Sql/servers/firewallRules/write"
  }

  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}

# Only failed calls: does not count.
resource "azurerm_monitor_activity_log_alert" "failed-only" {
  name                = "failed-only"
  resource_group_name = "rg-monitoring"
  location            = "global"
  scopes              = [data.azurerm_subscription.current.id]

  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Sql/servers/firewallRules/write"
    status         = "Failed"
  }

  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}

# Scoped to one resource group: does not count.
resource "azurerm_monitor_activity_log_alert" "one_group" {
  name                = "one-group"
  resource_group_name = "rg-monitoring"
  location            = "global"
  scopes              = ["/subscriptions/000/resourceGroups/rg-app"]

  criteria {
    category       = "Administrative"
    operation_name = "Microsoft.Sql/servers/firewallRules/write"
  }

  action {
    action_group_id = azurerm_monitor_action_group.security.id
  }
}
