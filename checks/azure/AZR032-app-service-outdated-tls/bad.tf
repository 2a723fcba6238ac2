resource "azurerm_linux_web_app" "old" {
  name                = "app-old"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"

  site_config {
    minimum_tls_version = "1.0" # expect: AZR032
  }
}

resource "azurerm_app_service" "legacy" {
  name                = "app-legacy"
  resource_group_name = "rg-web"
  location            = "westeurope"
  app_service_plan_id = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"

  site_config {
    min_tls_version = "1.1" # expect: AZR032
  }
}

resource "azurerm_windows_web_app_slot" "staging" {
  name           = "staging"
  app_service_id = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/sites/app-old"

  site_config {
    minimum_tls_version = "1.0" # expect: AZR032
  }
}

resource "azurerm_app_service_slot" "legacy" {
  name                = "legacy"
  app_service_name    = "app-legacy"
  location            = "westeurope"
  resource_group_name = "rg-web"
  app_service_plan_id = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"

  site_config {
    min_tls_version = "1.1" # expect: AZR032
  }
}
