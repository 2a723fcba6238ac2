resource "azurerm_linux_web_app" "keys" { # expect: AZR121
  name                = "app-keys"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {}

  connection_string {
    name  = "db"
    type  = "SQLAzure"
    value = "Server=tcp:sql.example.net;Database=app;Authentication=Active Directory Default"
  }
}

resource "azurerm_function_app" "legacy" { # expect: AZR121
  name                 = "func-legacy"
  location             = "westeurope"
  resource_group_name  = "rg-web"
  app_service_plan_id  = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name = "stfunc001"
  https_only           = true

  site_config {
    ftps_state = "Disabled"
  }
}
