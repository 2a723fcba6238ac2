resource "azurerm_automation_account" "ops" { # expect: AZR167
  name                          = "aa-ops"
  location                      = "westeurope"
  resource_group_name           = "rg-ops"
  sku_name                      = "Basic"
  public_network_access_enabled = false
}
