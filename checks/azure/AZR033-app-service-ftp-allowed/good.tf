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

variable "storage_key" {
  type      = string
  sensitive = true
}

resource "azurerm_function_app" "legacy" {
  name                       = "func-legacy"
  location                   = "westeurope"
  resource_group_name        = "rg-web"
  app_service_plan_id        = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name       = "stfunc001"
  storage_account_access_key = var.storage_key

  site_config {
    ftps_state = "Disabled"
  }
}

resource "azurerm_function_app_slot" "staging" {
  name                       = "staging"
  location                   = "westeurope"
  resource_group_name        = "rg-web"
  app_service_plan_id        = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  function_app_name          = "func-legacy"
  storage_account_name       = "stfunc001"
  storage_account_access_key = var.storage_key
}

resource "azurerm_linux_function_app" "current" {
  name                 = "func-current"
  location             = "westeurope"
  resource_group_name  = "rg-web"
  service_plan_id      = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name = "stfunc001"

  site_config {}
}
