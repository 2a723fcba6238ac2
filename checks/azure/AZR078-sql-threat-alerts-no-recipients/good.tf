variable "emails" {
  type = list(string)
}

resource "azurerm_mssql_server_security_alert_policy" "team" {
  resource_group_name = "rg-data"
  server_name         = "sql-app"
  state               = "Enabled"
  email_addresses     = ["secops@example.com"]
}

resource "azurerm_mssql_server_security_alert_policy" "off" {
  resource_group_name = "rg-data"
  server_name         = "sql-off"
  state               = "Disabled"
}

resource "azurerm_synapse_workspace_security_alert_policy" "unknown" {
  synapse_workspace_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Synapse/workspaces/syn"
  policy_state         = "Enabled"
  email_addresses      = var.emails
}
