resource "azurerm_service_plan" "web" { # expect: AZR171
  name                = "plan-web"
  resource_group_name = "rg-web"
  location            = "westeurope"
  os_type             = "Linux"
  sku_name            = "P1v3"
}

resource "azurerm_service_plan" "explicit" {
  name                = "plan-explicit"
  resource_group_name = "rg-web"
  location            = "westeurope"
  os_type             = "Linux"
  sku_name            = "S1"
  worker_count        = 1 # expect: AZR171
}

resource "azurerm_app_service_plan" "legacy" {
  name                = "plan-legacy"
  location            = "westeurope"
  resource_group_name = "rg-web"

  sku {
    tier     = "Standard"
    size     = "S1"
    capacity = 1 # expect: AZR171
  }
}
