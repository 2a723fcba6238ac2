variable "https_only" {
  type = bool
}

resource "azurerm_linux_web_app" "secure" {
  name                = "app-secure"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {}
}

resource "azurerm_app_service" "unknown" {
  name                = "app-unknown"
  resource_group_name = "rg-web"
  location            = "westeurope"
  app_service_plan_id = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only          = var.https_only
}

resource "azurerm_windows_web_app_slot" "staging" {
  name           = "staging"
  app_service_id = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/sites/app-secure"
  https_only     = true

  site_config {}
}
