variable "identity_type" {
  type = string
}

resource "azurerm_container_group" "worker" {
  name                = "aci-worker"
  location            = "westeurope"
  resource_group_name = "rg-aci"
  os_type             = "Linux"
  ip_address_type     = "None"

  identity {
    type = "SystemAssigned"
  }

  container {
    name   = "worker"
    image  = "acrprod.azurecr.io/worker:1.4.2"
    cpu    = "1"
    memory = "2"
  }
}

resource "azurerm_container_group" "unknown" {
  name                = "aci-unknown"
  location            = "westeurope"
  resource_group_name = "rg-aci"
  os_type             = "Linux"
  ip_address_type     = "None"

  identity {
    type = var.identity_type
  }

  container {
    name   = "worker"
    image  = "acrprod.azurecr.io/worker:1.4.2"
    cpu    = "1"
    memory = "2"
  }
}
