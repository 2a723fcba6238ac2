resource "azurerm_spring_cloud_service" "managed_network" { # expect: AZR160
  name                = "asa-prod"
  resource_group_name = "rg-asa"
  location            = "westeurope"
  sku_name            = "S0"
}
