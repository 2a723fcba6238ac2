variable "public_access" {
  type = bool
}

resource "azurerm_linux_function_app" "private" {
  name                          = "func-private"
  resource_group_name           = "rg-web"
  location                      = "westeurope"
  service_plan_id               = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name          = "stfunc001"
  https_only                    = true
  public_network_access_enabled = false

  site_config {}
}

resource "azurerm_linux_web_app" "behind_front_door" {
  name                = "app-fd"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    ip_restriction_default_action = "Deny"

    ip_restriction {
      name        = "front-door"
      action      = "Allow"
      priority    = 100
      service_tag = "AzureFrontDoor.Backend"
    }
  }
}

resource "azurerm_windows_web_app" "unknown" {
  name                          = "app-unknown"
  resource_group_name           = "rg-web"
  location                      = "westeurope"
  service_plan_id               = "/subscriptions/000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only                    = true
  public_network_access_enabled = var.public_access

  site_config {}
}
