variable "vnet_type" {
  type = string
}

resource "azurerm_api_management" "internal" {
  name                 = "apim-internal"
  location             = "westeurope"
  resource_group_name  = "rg-apim"
  publisher_name       = "Example"
  publisher_email      = "api@example.com"
  sku_name             = "Premium_1"
  virtual_network_type = "Internal"

  virtual_network_configuration {
    subnet_id = "/subscriptions/000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/apim"
  }
}

resource "azurerm_api_management" "consumption" {
  name                = "apim-consumption"
  location            = "westeurope"
  resource_group_name = "rg-apim"
  publisher_name      = "Example"
  publisher_email     = "api@example.com"
  sku_name            = "Consumption_0"
}

resource "azurerm_api_management" "unknown" {
  name                 = "apim-unknown"
  location             = "westeurope"
  resource_group_name  = "rg-apim"
  publisher_name       = "Example"
  publisher_email      = "api@example.com"
  sku_name             = "Developer_1"
  virtual_network_type = var.vnet_type
}
