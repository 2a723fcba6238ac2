variable "admin" {
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
  admin_enabled       = var.admin
}
