# The source comes from a variable without a default: unknown, so no finding.
variable "admin_cidr" {
  type = string
}

resource "azurerm_network_security_rule" "from_variable" {
  name                        = "admin-in"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "3389"
  source_address_prefix       = var.admin_cidr
  destination_address_prefix  = "*"
  resource_group_name         = "rg-network"
  network_security_group_name = "nsg-app"
}

# Limited to the VPN range.
resource "azurerm_network_security_rule" "vpn" {
  name                        = "vpn-in"
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "3389"
  source_address_prefix       = "10.8.0.0/16"
  destination_address_prefix  = "*"
  resource_group_name         = "rg-network"
  network_security_group_name = "nsg-app"
}

# A deny rule from anywhere is what we want.
resource "azurerm_network_security_rule" "deny_all" {
  name                        = "deny-all"
  priority                    = 4000
  direction                   = "Inbound"
  access                      = "Deny"
  protocol                    = "*"
  source_port_range           = "*"
  destination_port_range      = "*"
  source_address_prefix       = "*"
  destination_address_prefix  = "*"
  resource_group_name         = "rg-network"
  network_security_group_name = "nsg-app"
}

# Outbound to anywhere is not ingress.
resource "azurerm_network_security_rule" "egress" {
  name                        = "egress"
  priority                    = 100
  direction                   = "Outbound"
  access                      = "Allow"
  protocol                    = "*"
  source_port_range           = "*"
  destination_port_range      = "*"
  source_address_prefix       = "*"
  destination_address_prefix  = "*"
  resource_group_name         = "rg-network"
  network_security_group_name = "nsg-app"
}

# Public HTTPS only.
resource "azurerm_network_security_rule" "https" {
  name                        = "https"
  priority                    = 120
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_ranges     = ["443", "8443-8444"]
  source_address_prefix       = "*"
  destination_address_prefix  = "*"
  resource_group_name         = "rg-network"
  network_security_group_name = "nsg-app"
}
