resource "azurerm_linux_web_app" "api" {
  name                = "app-api"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"

  site_config {
    cors {
      allowed_origins = ["*"] # expect: AZR046
    }
  }
}

resource "azurerm_function_app" "legacy" {
  name                       = "func-legacy"
  location                   = "westeurope"
  resource_group_name        = "rg-web"
  app_service_plan_id        = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name       = "stfunc001"
  storage_account_access_key = var.storage_key

  site_config {
    ftps_state = "Disabled"

    cors {
      allowed_origins = ["https://app.example.com", "*"] # expect: AZR046
    }
  }
}

resource "azurerm_linux_function_app_slot" "staging" {
  name            = "staging"
  function_app_id = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/sites/func-api"

  site_config {
    cors {
      allowed_origins = ["*"] # expect: AZR046
    }
  }
}

variable "storage_key" {
  type      = string
  sensitive = true
}
