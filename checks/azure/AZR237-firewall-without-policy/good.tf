variable "policy_id" {
  type = string
}

resource "azurerm_firewall_policy" "hub" {
  name                = "afwp-hub"
  resource_group_name = "rg-hub"
  location            = "westeurope"
}

resource "azurerm_firewall" "hub" {
  name                = "afw-hub"
  location            = "westeurope"
  resource_group_name = "rg-hub"
  sku_name            = "AZFW_VNet"
  sku_tier            = "Standard"
  firewall_policy_id  = azurerm_firewall_policy.hub.id

  ip_configuration {
    name                 = "config"
    subnet_id            = "/subscriptions/000/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/AzureFirewallSubnet"
    public_ip_address_id = "/subscriptions/000/resourceGroups/rg-hub/providers/Microsoft.Network/publicIPAddresses/pip-afw"
  }
}

resource "azurerm_firewall" "spoke" {
  name                = "afw-spoke"
  location            = "westeurope"
  resource_group_name = "rg-hub"
  sku_name            = "AZFW_VNet"
  sku_tier            = "Standard"
  firewall_policy_id  = var.policy_id

  ip_configuration {
    name                 = "config"
    subnet_id            = "/subscriptions/000/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/AzureFirewallSubnet"
    public_ip_address_id = "/subscriptions/000/resourceGroups/rg-hub/providers/Microsoft.Network/publicIPAddresses/pip-afw"
  }
}
