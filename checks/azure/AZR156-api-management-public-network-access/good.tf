variable "public_access" {
  type = bool
}

resource "azurerm_api_management" "private" {
  name                          = "apim-private"
  location                      = "westeurope"
  resource_group_name           = "rg-apim"
  publisher_name                = "Example"
  publisher_email               = "api@example.com"
  sku_name                      = "Premium_1"
  public_network_access_enabled = false
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

resource "azurerm_api_management" "unknown" {
  name                          = "apim-unknown"
  location                      = "westeurope"
  resource_group_name           = "rg-apim"
  publisher_name                = "Example"
  publisher_email               = "api@example.com"
  sku_name                      = "Standard_1"
  public_network_access_enabled = var.public_access
}
