resource "azurerm_container_group" "web" { # expect: AZR150
  name                = "aci-web"
  location            = "westeurope"
  resource_group_name = "rg-aci"
  os_type             = "Linux"

  container {
    name   = "web"
    image  = "mcr.microsoft.com/azuredocs/aci-helloworld:latest"
    cpu    = "0.5"
    memory = "1.5"

    ports {
      port     = 80
      protocol = "TCP"
    }
  }
}

resource "azurerm_container_group" "explicit" {
  name                = "aci-explicit"
  location            = "westeurope"
  resource_group_name = "rg-aci"
  os_type             = "Linux"
  ip_address_type     = "Public" # expect: AZR150
  dns_name_label      = "aci-explicit"

  container {
    name   = "api"
    image  = "mcr.microsoft.com/azuredocs/aci-helloworld:latest"
    cpu    = "0.5"
    memory = "1.5"

    ports {
      port     = 443
      protocol = "TCP"
    }
  }
}
