variable "ntp_clients" {
  type = string
}

resource "azurerm_network_security_group" "app" {
  name                = "nsg-app"
  location            = "westeurope"
  resource_group_name = "rg-network"

  # Unknown source: no finding.
  security_rule {
    name                       = "ntp-var"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Udp"
    source_port_range          = "*"
    destination_port_range     = "123"
    source_address_prefix      = var.ntp_clients
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "ntp-vnet"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Udp"
    source_port_range          = "*"
    destination_port_range     = "123"
    source_address_prefixes    = ["10.0.0.0/16", "192.168.10.0/24"]
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "deny-udp"
    priority                   = 4000
    direction                  = "Inbound"
    access                     = "Deny"
    protocol                   = "Udp"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "*"
    destination_address_prefix = "*"
  }
}
