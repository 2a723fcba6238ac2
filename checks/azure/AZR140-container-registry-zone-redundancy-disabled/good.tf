variable "zone_redundant" {
  type = bool
}

resource "azurerm_container_registry" "zonal" {
  name                          = "acrzonal"
  resource_group_name           = "rg-acr"
  location                      = "westeurope"
  sku                           = "Premium"
  public_network_access_enabled = false
  zone_redundancy_enabled       = true
}

resource "azurerm_container_registry" "standard" {
  name                = "acrstandard"
  resource_group_name = "rg-acr"
  location            = "westeurope"
  sku                 = "Standard"
}

resource "azurerm_container_registry" "unknown" {
  name                          = "acrunknown"
  resource_group_name           = "rg-acr"
  location                      = "westeurope"
  sku                           = "Premium"
  public_network_access_enabled = false
  zone_redundancy_enabled       = var.zone_redundant
}
