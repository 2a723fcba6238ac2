resource "azurerm_network_security_rule" "sql" {
  name                        = "sql-in"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "1433"
  source_address_prefix       = "Internet" # expect: AZR243
  destination_address_prefix  = "*"
  resource_group_name         = "rg-network"
  network_security_group_name = "nsg-db"
}

resource "azurerm_network_security_rule" "cache_and_search" {
  name                        = "cache-in"
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "*"
  source_port_range           = "*"
  destination_port_ranges     = ["443", "6379", "9200"]
  source_address_prefixes     = ["0.0.0.0/0"] # expect: AZR243
  destination_address_prefix  = "*"
  resource_group_name         = "rg-network"
  network_security_group_name = "nsg-db"
}

resource "azurerm_network_security_rule" "smb" {
  name                        = "smb-in"
  priority                    = 120
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = 445
  source_address_prefix       = "*" # expect: AZR243
  destination_address_prefix  = "*"
  resource_group_name         = "rg-network"
  network_security_group_name = "nsg-files"
}
