variable "allowed_ips" {
  type = list(string)
}

resource "azurerm_search_service" "private" {
  name                          = "srch-private"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  sku                           = "standard"
  public_network_access_enabled = false
}

resource "azurerm_search_service" "firewalled" {
  name                = "srch-fw"
  resource_group_name = "rg-data"
  location            = "westeurope"
  sku                 = "standard"
  allowed_ips         = ["203.0.113.0/24"]
}

resource "azurerm_search_service" "unknown" {
  name                = "srch-var"
  resource_group_name = "rg-data"
  location            = "westeurope"
  sku                 = "standard"
  allowed_ips         = var.allowed_ips
}
