variable "identity_type" {
  type = string
}

resource "azurerm_automation_account" "ops" {
  name                          = "aa-ops"
  location                      = "westeurope"
  resource_group_name           = "rg-ops"
  sku_name                      = "Basic"
  public_network_access_enabled = false

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_automation_account" "unknown" {
  name                          = "aa-unknown"
  location                      = "westeurope"
  resource_group_name           = "rg-ops"
  sku_name                      = "Basic"
  public_network_access_enabled = false

  identity {
    type = var.identity_type
  }
}
