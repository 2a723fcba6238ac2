variable "debug" {
  type = bool
}

resource "azurerm_linux_web_app" "default" {
  name                = "app-default"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"

  site_config {}
}

resource "azurerm_linux_web_app" "unknown" {
  name                = "app-unknown"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"

  site_config {
    remote_debugging_enabled = var.debug
  }
}

resource "azurerm_linux_web_app_slot" "staging" {
  name           = "staging"
  app_service_id = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/sites/app-default"

  site_config {
    remote_debugging_enabled = false
  }
}
