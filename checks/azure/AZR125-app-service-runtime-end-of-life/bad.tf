resource "azurerm_linux_web_app" "php" {
  name                = "app-php"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    application_stack {
      php_version = "8.0" # expect: AZR125
    }
  }
}

resource "azurerm_windows_web_app" "dotnet" {
  name                = "app-dotnet"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    application_stack {
      current_stack  = "dotnet"
      dotnet_version = "v6.0" # expect: AZR125
    }
  }
}

resource "azurerm_app_service" "python" {
  name                = "app-python"
  resource_group_name = "rg-web"
  location            = "westeurope"
  app_service_plan_id = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    python_version = "3.4" # expect: AZR125
  }
}

resource "azurerm_app_service" "container" {
  name                = "app-container"
  resource_group_name = "rg-web"
  location            = "westeurope"
  app_service_plan_id = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    linux_fx_version = "NODE|14-lts" # expect: AZR125
  }
}

resource "azurerm_linux_function_app" "func" {
  name                        = "func-python"
  resource_group_name         = "rg-web"
  location                    = "westeurope"
  service_plan_id             = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name        = "stfunc001"
  https_only                  = true
  functions_extension_version = "~3" # expect: AZR125

  site_config {
    application_stack {
      python_version = "3.11"
    }
  }
}
