resource "azurerm_spring_cloud_app" "orders" { # expect: AZR161
  name                = "orders"
  resource_group_name = "rg-asa"
  service_name        = "asa-prod"
  https_only          = true
}
