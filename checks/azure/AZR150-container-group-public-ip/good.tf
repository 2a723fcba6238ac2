variable "ip_address_type" {
  type = string
}

resource "azurerm_container_group" "private" {
  name                = "aci-private"
  location            = "westeurope"
  resource_group_name = "rg-aci"
  os_type             = "Linux"
  ip_address_type     = "Private"
  subnet_ids          = ["/subscriptions/000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/aci"]

  container {
    name   = "api"
    image  = "mcr.microsoft.com/azuredocs/aci-helloworld:latest"
    cpu    = "0.5"
    memory = "1.5"

    ports {
      port     = 80
      protocol = "TCP"
    }
  }
}

resource "azurerm_container_group" "job" {
  name                = "aci-job"
  location            = "westeurope"
  resource_group_name = "rg-aci"
  os_type             = "Linux"
  ip_address_type     = "None"
  restart_policy      = "Never"

  container {
    name   = "job"
    image  = "mcr.microsoft.com/azuredocs/aci-wordcount:latest"
    cpu    = "1"
    memory = "1.5"
  }
}

resource "azurerm_container_group" "unknown" {
  name                = "aci-unknown"
  location            = "westeurope"
  resource_group_name = "rg-aci"
  os_type             = "Linux"
  ip_address_type     = var.ip_address_type

  container {
    name   = "api"
    image  = "mcr.microsoft.com/azuredocs/aci-helloworld:latest"
    cpu    = "0.5"
    memory = "1.5"
  }
}
