variable "ti_mode" {
  type = string
}

resource "azurerm_firewall" "hub" {
  name                = "afw-hub"
  location            = "westeurope"
  resource_group_name = "rg-hub"
  sku_name            = "AZFW_VNet"
  sku_tier            = "Standard"
  threat_intel_mode   = "Deny"

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
  threat_intelligence_mode = "Deny"
}

resource "azurerm_firewall_policy" "other" {
  name                     = "afwp-other"
  resource_group_name      = "rg-hub"
  location                 = "westeurope"
  threat_intelligence_mode = var.ti_mode
}

# Threat intelligence is configured on the policy this firewall uses.
resource "azurerm_firewall" "spoke" {
  name                = "afw-spoke"
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

# The Basic tier only alerts.
resource "azurerm_firewall" "basic" {
  name                = "afw-basic"
  location            = "westeurope"
  resource_group_name = "rg-hub"
  sku_name            = "AZFW_VNet"
  sku_tier            = "Basic"

  ip_configuration {
    name                 = "config"
    subnet_id            = "/subscriptions/000/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/AzureFirewallSubnet"
    public_ip_address_id = "/subscriptions/000/resourceGroups/rg-hub/providers/Microsoft.Network/publicIPAddresses/pip-afw"
  }
}
