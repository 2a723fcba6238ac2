resource "azurerm_automation_variable_string" "api_endpoint" { # expect: AZR168
  name                    = "ApiEndpoint"
  resource_group_name     = "rg-ops"
  automation_account_name = "aa-ops"
  value                   = "https://api.example.com"
}

resource "azurerm_automation_variable_string" "api_key" {
  name                    = "ApiKey"
  resource_group_name     = "rg-ops"
  automation_account_name = "aa-ops"
  value                   = var.api_key
  encrypted               = false # expect: AZR168
}

variable "api_key" {
  type      = string
  sensitive = true
}
