variable "client_certs" {
  type = bool
}

resource "azurerm_windows_web_app" "mtls" {
  name                       = "app-mtls"
  resource_group_name        = "rg-web"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  site_config {}
}

resource "azurerm_function_app" "legacy" {
  name                 = "func-legacy"
  location             = "westeurope"
  resource_group_name  = "rg-web"
  app_service_plan_id  = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name = "stfunc001"
  https_only           = true
  client_cert_mode     = "Required"

  site_config {
    ftps_state = "Disabled"
  }
}

resource "azurerm_linux_web_app" "unknown" {
  name                       = "app-unknown"
  resource_group_name        = "rg-web"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only                 = true
  client_certificate_enabled = var.client_certs

  site_config {}
}
