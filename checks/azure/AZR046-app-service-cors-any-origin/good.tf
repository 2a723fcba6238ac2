variable "origins" {
  type = list(string)
}

resource "azurerm_linux_web_app" "api" {
  name                = "app-api"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"

  site_config {
    cors {
      allowed_origins = ["https://app.example.com"]
    }
  }
}

resource "azurerm_windows_web_app" "unknown" {
  name                = "app-unknown"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"

  site_config {
    cors {
      allowed_origins = var.origins
    }
  }
}
