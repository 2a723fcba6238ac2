resource "azurerm_container_registry" "single_zone" { # expect: AZR140
  name                          = "acrsinglezone"
  resource_group_name           = "rg-acr"
  location                      = "westeurope"
  sku                           = "Premium"
  public_network_access_enabled = false
}
