variable "data_endpoint" {
  type = bool
}

resource "azurerm_container_registry" "dedicated" {
  name                  = "acrdedicated"
  resource_group_name   = "rg-acr"
  location              = "westeurope"
  sku                   = "Premium"
  data_endpoint_enabled = true
}

resource "azurerm_container_registry" "basic" {
  name                = "acrbasic"
  resource_group_name = "rg-acr"
  location            = "westeurope"
  sku                 = "Basic"
}

resource "azurerm_container_registry" "unknown" {
  name                  = "acrunknown"
  resource_group_name   = "rg-acr"
  location              = "westeurope"
  sku                   = "Premium"
  data_endpoint_enabled = var.data_endpoint
}
