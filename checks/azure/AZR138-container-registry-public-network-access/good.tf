variable "public_access" {
  type = bool
}

resource "azurerm_container_registry" "private" {
  name                          = "acrprivate"
  resource_group_name           = "rg-acr"
  location                      = "westeurope"
  sku                           = "Premium"
  public_network_access_enabled = false
}

resource "azurerm_container_registry" "firewalled" {
  name                = "acrfirewalled"
  resource_group_name = "rg-acr"
  location            = "westeurope"
  sku                 = "Premium"

  network_rule_set {
    default_action = "Deny"

    ip_rule {
      action   = "Allow"
      ip_range = "203.0.113.0/24"
    }
  }
}

# Basic and Standard registries cannot restrict network access.
resource "azurerm_container_registry" "basic" {
  name                = "acrbasic"
  resource_group_name = "rg-acr"
  location            = "westeurope"
  sku                 = "Basic"
}

resource "azurerm_container_registry" "unknown" {
  name                          = "acrunknown"
  resource_group_name           = "rg-acr"
  location                      = "westeurope"
  sku                           = "Premium"
  public_network_access_enabled = var.public_access
}
