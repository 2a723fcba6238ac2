resource "azurerm_linux_function_app" "internal" { # expect: AZR127
  name                 = "func-internal"
  resource_group_name  = "rg-web"
  location             = "westeurope"
  service_plan_id      = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name = "stfunc001"
  https_only           = true

  site_config {}
}

resource "azurerm_windows_web_app" "admin" {
  name                          = "app-admin"
  resource_group_name           = "rg-web"
  location                      = "westeurope"
  service_plan_id               = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only                    = true
  public_network_access_enabled = true # expect: AZR127

  site_config {
    ip_restriction_default_action = "Allow"
  }
}
