variable "subnet_id" {
  type = string
}

variable "nsg_id" {
  type = string
}

resource "azurerm_subnet" "app" {
  name                 = "snet-app"
  resource_group_name  = "rg-network"
  virtual_network_name = "vnet-main"
  address_prefixes     = ["10.0.1.0/24"]
}

# An association whose subnet comes from a variable may be this subnet's.
resource "azurerm_subnet_network_security_group_association" "maybe" {
  subnet_id                 = var.subnet_id
  network_security_group_id = var.nsg_id
}
