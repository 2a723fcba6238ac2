variable "public_access" {
  type = bool
}

resource "azurerm_spring_cloud_api_portal" "default" {
  name                    = "default"
  spring_cloud_service_id = "/subscriptions/000/resourceGroups/rg-asa/providers/Microsoft.AppPlatform/spring/asa-enterprise"
  instance_count          = 1
  https_only_enabled      = true
}

resource "azurerm_spring_cloud_api_portal" "unknown" {
  name                          = "default"
  spring_cloud_service_id       = "/subscriptions/000/resourceGroups/rg-asa/providers/Microsoft.AppPlatform/spring/asa-other"
  instance_count                = 1
  https_only_enabled            = true
  public_network_access_enabled = var.public_access
}
