variable "node_version" {
  type = string
}

resource "azurerm_linux_web_app" "node" {
  name                = "app-node"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    application_stack {
      node_version = "22-lts"
    }
  }
}

# .NET Framework 4.8 is supported with Windows; only .NET (Core) versions are judged.
resource "azurerm_windows_web_app" "framework" {
  name                = "app-framework"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    application_stack {
      current_stack  = "dotnet"
      dotnet_version = "v4.0"
    }
  }
}

resource "azurerm_app_service" "container" {
  name                = "app-container"
  resource_group_name = "rg-web"
  location            = "westeurope"
  app_service_plan_id = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    linux_fx_version = "PYTHON|3.12"
  }
}

resource "azurerm_linux_function_app" "current" {
  name                        = "func-current"
  resource_group_name         = "rg-web"
  location                    = "westeurope"
  service_plan_id             = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name        = "stfunc001"
  https_only                  = true
  functions_extension_version = "~4"

  site_config {
    application_stack {
      dotnet_version              = "10.0"
      use_dotnet_isolated_runtime = true
    }
  }
}

resource "azurerm_linux_web_app_slot" "unknown" {
  name           = "staging"
  app_service_id = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/sites/app-node"

  site_config {
    application_stack {
      node_version = var.node_version
    }
  }
}
