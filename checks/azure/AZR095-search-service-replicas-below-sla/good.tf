variable "replicas" {
  type = number
}

resource "azurerm_search_service" "ha" {
  name                = "srch-ha"
  resource_group_name = "rg-data"
  location            = "westeurope"
  sku                 = "standard"
  replica_count       = 3
}

resource "azurerm_search_service" "free" {
  name                = "srch-free"
  resource_group_name = "rg-data"
  location            = "westeurope"
  sku                 = "free"
}

resource "azurerm_search_service" "unknown" {
  name                = "srch-var"
  resource_group_name = "rg-data"
  location            = "westeurope"
  sku                 = "standard"
  replica_count       = var.replicas
}
