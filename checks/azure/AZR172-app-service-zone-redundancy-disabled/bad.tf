resource "azurerm_service_plan" "single_zone" { # expect: AZR172
  name                = "plan-single-zone"
  resource_group_name = "rg-web"
  location            = "westeurope"
  os_type             = "Linux"
  sku_name            = "P1v3"
  worker_count        = 3
}

resource "azurerm_app_service_environment_v3" "ase" { # expect: AZR172
  name                = "ase-prod"
  resource_group_name = "rg-web"
  subnet_id           = "/subscriptions/000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/ase"
}

resource "azurerm_app_service_plan" "legacy" { # expect: AZR172
  name                = "plan-legacy"
  location            = "westeurope"
  resource_group_name = "rg-web"

  sku {
    tier     = "PremiumV3"
    size     = "P1v3"
    capacity = 3
  }
}
