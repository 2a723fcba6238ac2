variable "workers" {
  type = number
}

resource "azurerm_service_plan" "ha" {
  name                   = "plan-ha"
  resource_group_name    = "rg-web"
  location               = "westeurope"
  os_type                = "Linux"
  sku_name               = "P1v3"
  worker_count           = 3
  zone_balancing_enabled = true
}

resource "azurerm_service_plan" "autoscaled" {
  name                = "plan-autoscaled"
  resource_group_name = "rg-web"
  location            = "westeurope"
  os_type             = "Linux"
  sku_name            = "S1"
}

resource "azurerm_monitor_autoscale_setting" "autoscaled" {
  name                = "autoscale-plan"
  resource_group_name = "rg-web"
  location            = "westeurope"
  target_resource_id  = azurerm_service_plan.autoscaled.id

  profile {
    name = "default"

    capacity {
      default = 2
      minimum = 2
      maximum = 6
    }
  }
}

# Consumption plans scale by themselves.
resource "azurerm_service_plan" "functions" {
  name                = "plan-functions"
  resource_group_name = "rg-web"
  location            = "westeurope"
  os_type             = "Linux"
  sku_name            = "Y1"
}

resource "azurerm_service_plan" "unknown" {
  name                = "plan-unknown"
  resource_group_name = "rg-web"
  location            = "westeurope"
  os_type             = "Linux"
  sku_name            = "P1v3"
  worker_count        = var.workers
}

resource "azurerm_app_service_plan" "legacy" {
  name                = "plan-legacy"
  location            = "westeurope"
  resource_group_name = "rg-web"

  sku {
    tier     = "PremiumV3"
    size     = "P1v3"
    capacity = 2
  }
}

resource "azurerm_app_service_plan" "consumption" {
  name                = "plan-consumption"
  location            = "westeurope"
  resource_group_name = "rg-web"
  kind                = "FunctionApp"

  sku {
    tier = "Dynamic"
    size = "Y1"
  }
}
