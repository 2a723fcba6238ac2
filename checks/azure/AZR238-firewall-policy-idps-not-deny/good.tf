variable "idps_mode" {
  type = string
}

resource "azurerm_firewall_policy" "hub" {
  name                = "afwp-hub"
  resource_group_name = "rg-hub"
  location            = "westeurope"
  sku                 = "Premium"

  intrusion_detection {
    mode = "Deny"
  }
}

resource "azurerm_firewall_policy" "edge" {
  name                = "afwp-edge"
  resource_group_name = "rg-hub"
  location            = "westeurope"
  sku                 = "Premium"

  intrusion_detection {
    mode = var.idps_mode
  }
}

# Standard policies have no IDPS.
resource "azurerm_firewall_policy" "standard" {
  name                = "afwp-standard"
  resource_group_name = "rg-hub"
  location            = "westeurope"
  sku                 = "Standard"
}
