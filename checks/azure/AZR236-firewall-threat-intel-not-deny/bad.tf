resource "azurerm_firewall" "hub" { # expect: AZR236
  name                = "afw-hub"
  location            = "westeurope"
  resource_group_name = "rg-hub"
  sku_name            = "AZFW_VNet"
  sku_tier            = "Standard"

  ip_configuration {
    name                 = "config"
    subnet_id            = "/subscriptions/000/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/AzureFirewallSubnet"
    public_ip_address_id = "/subscriptions/000/resourceGroups/rg-hub/providers/Microsoft.Network/publicIPAddresses/pip-afw"
  }
}

resource "azurerm_firewall_policy" "hub" {
  name                     = "afwp-hub"
  resource_group_name      = "rg-hub"
  location                 = "westeurope"
  threat_intelligence_mode = "Alert" # expect: AZR236
}
