variable "public_access" {
  type = bool
}

resource "azurerm_automation_account" "private" {
  name                          = "aa-private"
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
  public_network_access_enabled = var.public_access
}
