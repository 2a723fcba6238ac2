resource "azurerm_spring_cloud_api_portal" "default" {
  name                          = "default"
  spring_cloud_service_id       = "/subscriptions/000/resourceGroups/rg-asa/providers/Microsoft.AppPlatform/spring/asa-enterprise"
  instance_count                = 1
  https_only_enabled            = true
  public_network_access_enabled = true # expect: AZR163
}
