variable "identity_type" {
  type = string
}

resource "azurerm_linux_web_app" "system" {
  name                = "app-system"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {}

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_windows_function_app" "unknown" {
  name                 = "func-unknown"
  resource_group_name  = "rg-web"
  location             = "westeurope"
  service_plan_id      = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name = "stfunc001"
  https_only           = true

  site_config {}

  identity {
    type = var.identity_type
  }
}
