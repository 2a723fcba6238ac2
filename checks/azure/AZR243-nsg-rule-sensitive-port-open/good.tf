variable "db_clients" {
  type = string
}

# Unknown source: no finding.
resource "azurerm_network_security_rule" "from_variable" {
  name                        = "sql-in"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "1433"
  source_address_prefix       = var.db_clients
  destination_address_prefix  = "*"
  resource_group_name         = "rg-network"
  network_security_group_name = "nsg-db"
}

# From the application subnet only.
resource "azurerm_network_security_rule" "app_to_db" {
  name                        = "postgres-in"
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "5432"
  source_address_prefix       = "10.0.1.0/24"
  destination_address_prefix  = "*"
  resource_group_name         = "rg-network"
  network_security_group_name = "nsg-db"
}

# Public web ports are not sensitive ports.
resource "azurerm_network_security_rule" "web" {
  name                        = "web-in"
  priority                    = 120
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_ranges     = ["443", "8443"]
  source_address_prefix       = "*"
  destination_address_prefix  = "*"
  resource_group_name         = "rg-network"
  network_security_group_name = "nsg-web"
}

# Denying the port from the internet is what we want.
resource "azurerm_network_security_rule" "deny_sql" {
  name                        = "deny-sql"
  priority                    = 4000
  direction                   = "Inbound"
  access                      = "Deny"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "1433"
  source_address_prefix       = "*"
  destination_address_prefix  = "*"
  resource_group_name         = "rg-network"
  network_security_group_name = "nsg-db"
}
