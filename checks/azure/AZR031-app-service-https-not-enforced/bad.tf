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

resource "azurerm_linux_web_app_slot" "staging" { # expect: AZR031
  name           = "staging"
  app_service_id = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/sites/app-default"

  site_config {}
}

resource "azurerm_app_service_slot" "legacy" {
  name                = "legacy"
  app_service_name    = "app-legacy"
  location            = "westeurope"
  resource_group_name = "rg-web"
  app_service_plan_id = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only          = false # expect: AZR031
}
