variable "access" {
  type = string
}

resource "azurerm_app_configuration" "settings" {
  name                  = "appcs-settings"
  resource_group_name   = "rg-app"
  location              = "westeurope"
  sku                   = "standard"
  public_network_access = "Disabled"
}

resource "azurerm_app_configuration" "flags" {
  name                  = "appcs-flags"
  resource_group_name   = "rg-app"
  location              = "westeurope"
  sku                   = "standard"
  public_network_access = var.access
}

# Not set, but a private endpoint exists: Azure turns public access off.
resource "azurerm_app_configuration" "private" {
  name                = "appcs-private"
  resource_group_name = "rg-app"
  location            = "westeurope"
  sku                 = "standard"
}

resource "azurerm_private_endpoint" "private" {
  name                = "pe-appcs"
  location            = "westeurope"
  resource_group_name = "rg-app"
  subnet_id           = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/pe"

  private_service_connection {
    name                           = "appcs"
    private_connection_resource_id = azurerm_app_configuration.private.id
    subresource_names              = ["configurationStores"]
    is_manual_connection           = false
  }
}

# The free tier cannot be private: AZR231 reports the tier.
resource "azurerm_app_configuration" "free" {
  name                = "appcs-free"
  resource_group_name = "rg-app"
  location            = "westeurope"
}
