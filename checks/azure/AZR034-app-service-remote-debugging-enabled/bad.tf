resource "azurerm_linux_web_app" "debug" {
  name                = "app-debug"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"

  site_config {
    remote_debugging_enabled = true # expect: AZR034
    remote_debugging_version = "VS2022"
  }
}

resource "azurerm_app_service_slot" "staging" {
  name                = "staging"
  app_service_name    = "app-debug"
  location            = "westeurope"
  resource_group_name = "rg-web"
  app_service_plan_id = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"

  site_config {
    remote_debugging_enabled = true # expect: AZR034
  }
}
