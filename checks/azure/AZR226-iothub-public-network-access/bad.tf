resource "azurerm_iothub" "fleet" { # expect: AZR226
  name                = "iot-fleet"
  location            = "westeurope"
  resource_group_name = "rg-iot"

  sku {
    name     = "S1"
    capacity = 1
  }
}
