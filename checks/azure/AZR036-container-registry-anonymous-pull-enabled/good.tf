variable "anonymous" {
  type = bool
}

resource "azurerm_container_registry" "default" {
  name                = "acrdefault"
  resource_group_name = "rg-registry"
  location            = "westeurope"
  sku                 = "Premium"
}

resource "azurerm_container_registry" "unknown" {
  name                = "acrunknown"
  resource_group_name = "rg-registry"
  location            = "westeurope"
  sku                 = "Premium"
  anonymous_pull_enabled = var.anonymous
}
