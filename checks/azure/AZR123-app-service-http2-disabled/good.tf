variable "http2" {
  type = bool
}

resource "azurerm_linux_web_app" "h2" {
  name                = "app-h2"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    http2_enabled = true
  }
}

resource "azurerm_app_service" "unknown" {
  name                = "app-unknown"
  resource_group_name = "rg-web"
  location            = "westeurope"
  app_service_plan_id = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    http2_enabled = var.http2
  }
}
