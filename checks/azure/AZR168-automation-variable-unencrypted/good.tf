variable "api_key" {
  type      = string
  sensitive = true
}

variable "encrypt" {
  type = bool
}

resource "azurerm_automation_variable_string" "api_key" {
  name                    = "ApiKey"
  resource_group_name     = "rg-ops"
  automation_account_name = "aa-ops"
  value                   = var.api_key
  encrypted               = true
}

resource "azurerm_automation_variable_int" "unknown" {
  name                    = "RetryCount"
  resource_group_name     = "rg-ops"
  automation_account_name = "aa-ops"
  value                   = 3
  encrypted               = var.encrypt
}
