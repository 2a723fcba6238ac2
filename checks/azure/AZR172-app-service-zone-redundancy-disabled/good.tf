variable "zone_balancing" {
  type = bool
}

resource "azurerm_service_plan" "zonal" {
  name                   = "plan-zonal"
  resource_group_name    = "rg-web"
  location               = "westeurope"
  os_type                = "Linux"
  sku_name               = "P1v3"
  worker_count           = 3
  zone_balancing_enabled = true
}

resource "azurerm_app_service_environment_v3" "zonal" {
  name                = "ase-zonal"
  resource_group_name = "rg-web"
  subnet_id           = "/subscriptions/000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/ase"
  zone_redundant      = true
}

# Standard plans cannot use availability zones.
resource "azurerm_service_plan" "standard" {
  name                = "plan-standard"
  resource_group_name = "rg-web"
  location            = "westeurope"
  os_type             = "Linux"
  sku_name            = "S1"
}

resource "azurerm_service_plan" "unknown" {
  name                   = "plan-unknown"
  resource_group_name    = "rg-web"
  location               = "westeurope"
  os_type                = "Linux"
  sku_name               = "P1v3"
  worker_count           = 3
  zone_balancing_enabled = var.zone_balancing
}

resource "azurerm_app_service_plan" "legacy_zonal" {
  name                = "plan-legacy-zonal"
  location            = "westeurope"
  resource_group_name = "rg-web"
  zone_redundant      = true

  sku {
    tier     = "PremiumV3"
    size     = "P1v3"
    capacity = 3
  }
}

resource "azurerm_app_service_plan" "legacy_basic" {
  name                = "plan-legacy-basic"
  location            = "westeurope"
  resource_group_name = "rg-web"

  sku {
    tier = "Basic"
    size = "B1"
  }
}
