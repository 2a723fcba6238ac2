resource "azurerm_spring_cloud_api_portal" "default" { # expect: AZR162
  name                    = "default"
  spring_cloud_service_id = "/subscriptions/000/resourceGroups/rg-asa/providers/Microsoft.AppPlatform/spring/asa-enterprise"
  gateway_ids             = ["/subscriptions/000/resourceGroups/rg-asa/providers/Microsoft.AppPlatform/spring/asa-enterprise/gateways/default"]
  instance_count          = 1
}
