variable "ftps_state" {
  type = string
}

resource "azurerm_windows_web_app" "ftps" {
  name                = "app-ftps"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"

  site_config {
    ftps_state = "FtpsOnly"
  }
}

resource "azurerm_linux_web_app" "unknown" {
  name                = "app-unknown"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"

  site_config {
    ftps_state = var.ftps_state
  }
}
