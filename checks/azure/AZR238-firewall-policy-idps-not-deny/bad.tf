resource "azurerm_firewall_policy" "hub" { # expect: AZR238
  name                = "afwp-hub"
  resource_group_name = "rg-hub"
  location            = "westeurope"
  sku                 = "Premium"
}

resource "azurerm_firewall_policy" "edge" {
  name                = "afwp-edge"
  resource_group_name = "rg-hub"
  location            = "westeurope"
  sku                 = "Premium"

  intrusion_detection {
    mode = "Alert" # expect: AZR238
  }
}
