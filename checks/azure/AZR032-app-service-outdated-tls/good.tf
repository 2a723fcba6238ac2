variable "tls" {
  type = string
}

resource "azurerm_linux_web_app" "default" {
  name                = "app-default"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"

  site_config {}
}

resource "azurerm_windows_web_app" "modern" {
  name                = "app-modern"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"

  site_config {
    minimum_tls_version = "1.2"
  }
}

resource "azurerm_linux_function_app" "unknown" {
  name                = "func-unknown"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name = "stfunc001"

  site_config {
    minimum_tls_version = var.tls
  }
}

resource "azurerm_app_service_slot" "default" {
  name                = "default"
  app_service_name    = "app-legacy"
  location            = "westeurope"
  resource_group_name = "rg-web"
  app_service_plan_id = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"

  site_config {}
}
