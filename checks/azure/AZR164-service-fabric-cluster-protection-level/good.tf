variable "protection_level" {
  type = string
}

resource "azurerm_service_fabric_cluster" "secure" {
  name                = "sf-secure"
  resource_group_name = "rg-sf"
  location            = "westeurope"
  reliability_level   = "Silver"
  upgrade_mode        = "Automatic"
  vm_image            = "Windows"
  management_endpoint = "https://sf-secure.westeurope.cloudapp.azure.com:19080"

  fabric_settings {
    name = "Security"
    parameters = {
      ClusterProtectionLevel = "EncryptAndSign"
    }
  }

  node_type {
    name                 = "system"
    instance_count       = 5
    is_primary           = true
    client_endpoint_port = 19000
    http_endpoint_port   = 19080
  }
}

resource "azurerm_service_fabric_cluster" "unknown" {
  name                = "sf-unknown"
  resource_group_name = "rg-sf"
  location            = "westeurope"
  reliability_level   = "Silver"
  upgrade_mode        = "Automatic"
  vm_image            = "Windows"
  management_endpoint = "https://sf-unknown.westeurope.cloudapp.azure.com:19080"

  fabric_settings {
    name = "Security"
    parameters = {
      ClusterProtectionLevel = var.protection_level
    }
  }

  node_type {
    name                 = "system"
    instance_count       = 5
    is_primary           = true
    client_endpoint_port = 19000
    http_endpoint_port   = 19080
  }
}
