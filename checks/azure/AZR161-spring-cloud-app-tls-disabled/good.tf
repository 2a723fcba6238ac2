variable "tls" {
  type = bool
}

resource "azurerm_spring_cloud_app" "orders" {
  name                = "orders"
  resource_group_name = "rg-asa"
  service_name        = "asa-prod"
  https_only          = true
  tls_enabled         = true
}

resource "azurerm_spring_cloud_app" "unknown" {
  name                = "unknown"
  resource_group_name = "rg-asa"
  service_name        = "asa-prod"
  https_only          = true
  tls_enabled         = var.tls
}
