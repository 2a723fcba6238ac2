resource "azurerm_firewall" "hub" { # expect: AZR237
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
