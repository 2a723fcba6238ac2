variable "public" {
  type = bool
}

resource "azurerm_data_factory" "private" {
  name                   = "adf-private"
  location               = "westeurope"
  resource_group_name    = "rg-data"
  public_network_enabled = false
}

resource "azurerm_data_factory" "unknown" {
  name                   = "adf-var"
  location               = "westeurope"
  resource_group_name    = "rg-data"
  public_network_enabled = var.public
}
