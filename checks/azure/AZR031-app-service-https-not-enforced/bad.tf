resource "azurerm_linux_web_app" "default" { # expect: AZR031
  name                = "app-default"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"

  site_config {}
}

resource "azurerm_windows_function_app" "http" {
  name                = "func-http"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name = "stfunc001"
  https_only           = false # expect: AZR031

  site_config {}
}
