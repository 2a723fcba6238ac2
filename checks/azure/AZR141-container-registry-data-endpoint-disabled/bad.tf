resource "azurerm_container_registry" "shared_endpoint" { # expect: AZR141
  name                = "acrshared"
  resource_group_name = "rg-acr"
  location            = "westeurope"
  sku                 = "Premium"

  network_rule_set {
    default_action = "Deny"
  }
}
