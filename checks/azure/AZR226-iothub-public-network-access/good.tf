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

# Devices connect over the internet from known ranges only.
resource "azurerm_iothub" "plant" {
  name                = "iot-plant"
  location            = "westeurope"
  resource_group_name = "rg-iot"

  sku {
    name     = "S1"
    capacity = 1
  }

  network_rule_set {
    default_action                     = "Deny"
    apply_to_builtin_eventhub_endpoint = true

    ip_rule {
      name    = "plant"
      ip_mask = "203.0.113.0/24"
      action  = "Allow"
    }
  }
}
