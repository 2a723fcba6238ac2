variable "auth_enabled" {
  type = bool
}

resource "azurerm_linux_web_app" "entra" {
  name                = "app-entra"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {}

  auth_settings_v2 {
    auth_enabled           = true
    require_authentication = true
    unauthenticated_action = "Return401"

    active_directory_v2 {
      client_id            = "00000000-0000-0000-0000-000000000000"
      tenant_auth_endpoint = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0"
    }

    login {}
  }
}

resource "azurerm_app_service" "legacy" {
  name                = "app-legacy"
  resource_group_name = "rg-web"
  location            = "westeurope"
  app_service_plan_id = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  auth_settings {
    enabled = true
  }
}

resource "azurerm_linux_function_app" "unknown" {
  name                 = "func-unknown"
  resource_group_name  = "rg-web"
  location             = "westeurope"
  service_plan_id      = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name = "stfunc001"
  https_only           = true

  site_config {}

  auth_settings {
    enabled = var.auth_enabled
  }
}
