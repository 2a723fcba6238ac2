resource "azurerm_automation_account" "ops" { # expect: AZR166
  name                = "aa-ops"
  location            = "westeurope"
  resource_group_name = "rg-ops"
  sku_name            = "Basic"

  identity {
    type = "SystemAssigned"
  }
}
