resource "azurerm_container_registry" "admin" {
  name                = "acradmin"
  resource_group_name = "rg-registry"
  location            = "westeurope"
  sku                 = "Premium"
  admin_enabled       = true # expect: AZR035
}
