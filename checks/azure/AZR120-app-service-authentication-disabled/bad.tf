resource "azurerm_linux_web_app" "open" { # expect: AZR120
  name                = "app-open"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {}
}

resource "azurerm_windows_function_app" "off" {
  name                 = "func-off"
  resource_group_name  = "rg-web"
  location             = "westeurope"
  service_plan_id      = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name = "stfunc001"
  https_only           = true

  site_config {}

  auth_settings_v2 {
    auth_enabled = false # expect: AZR120

    login {}
  }
}
