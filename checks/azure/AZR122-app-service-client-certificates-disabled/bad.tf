resource "azurerm_linux_function_app" "api" { # expect: AZR122
  name                 = "func-api"
  resource_group_name  = "rg-web"
  location             = "westeurope"
  service_plan_id      = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name = "stfunc001"
  https_only           = true

  site_config {}
}

resource "azurerm_app_service" "legacy" {
  name                = "app-legacy"
  resource_group_name = "rg-web"
  location            = "westeurope"
  app_service_plan_id = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true
  client_cert_enabled = false # expect: AZR122
}
