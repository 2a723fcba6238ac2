resource "azurerm_container_group" "worker" { # expect: AZR151
  name                = "aci-worker"
  location            = "westeurope"
  resource_group_name = "rg-aci"
  os_type             = "Linux"
  ip_address_type     = "None"

  container {
    name   = "worker"
    image  = "acrprod.azurecr.io/worker:1.4.2"
    cpu    = "1"
    memory = "2"
  }
}
