resource "azurerm_linux_web_app" "web" {
  name                = "app-web"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    always_on = false # expect: AZR174
  }
}
