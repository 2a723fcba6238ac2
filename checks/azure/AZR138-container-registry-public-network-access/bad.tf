resource "azurerm_container_registry" "open" { # expect: AZR138
  name                = "acropen"
  resource_group_name = "rg-acr"
  location            = "westeurope"
  sku                 = "Premium"
}

resource "azurerm_container_registry" "explicit" {
  name                          = "acrexplicit"
  resource_group_name           = "rg-acr"
  location                      = "westeurope"
  sku                           = "Premium"
  public_network_access_enabled = true # expect: AZR138

  network_rule_set {
    default_action = "Allow"
  }
}
