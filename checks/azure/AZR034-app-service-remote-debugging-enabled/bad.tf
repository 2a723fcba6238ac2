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
