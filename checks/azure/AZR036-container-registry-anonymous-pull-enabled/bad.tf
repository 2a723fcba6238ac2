resource "azurerm_container_registry" "public" {
  name                = "acrpublic"
  resource_group_name = "rg-registry"
  location            = "westeurope"
  sku                 = "Premium"
  anonymous_pull_enabled = true # expect: AZR036
}
