variable "runtime_subnet" {
  type = string
}

resource "azurerm_spring_cloud_service" "injected" {
  name                = "asa-injected"
  resource_group_name = "rg-asa"
  location            = "westeurope"
  sku_name            = "S0"

  network {
    app_subnet_id             = "/subscriptions/000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/asa-apps"
    service_runtime_subnet_id = "/subscriptions/000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/asa-runtime"
    cidr_ranges               = ["10.4.0.0/16", "10.5.0.0/16", "10.3.0.1/16"]
  }
}

resource "azurerm_spring_cloud_service" "basic" {
  name                = "asa-basic"
  resource_group_name = "rg-asa"
  location            = "westeurope"
  sku_name            = "B0"
}

resource "azurerm_spring_cloud_service" "unknown" {
  name                = "asa-unknown"
  resource_group_name = "rg-asa"
  location            = "westeurope"
  sku_name            = "S0"

  network {
    app_subnet_id             = "/subscriptions/000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/asa-apps"
    service_runtime_subnet_id = var.runtime_subnet
    cidr_ranges               = ["10.4.0.0/16", "10.5.0.0/16", "10.3.0.1/16"]
  }
}
