resource "azurerm_windows_web_app" "ftp" {
  name                = "app-ftp"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"

  site_config {
    ftps_state = "AllAllowed" # expect: AZR033
  }
}
