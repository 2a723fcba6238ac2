variable "public" {
  type = bool
}

resource "azurerm_iothub" "fleet" {
  name                          = "iot-fleet"
  location                      = "westeurope"
  resource_group_name           = "rg-iot"
  public_network_access_enabled = false

  sku {
    name     = "S1"
    capacity = 1
  }
}

resource "azurerm_iothub" "lab" {
  name                          = "iot-lab"
  location                      = "westeurope"
  resource_group_name           = "rg-iot"
  public_network_access_enabled = var.public

  sku {
    name     = "S1"
    capacity = 1
  }
}
