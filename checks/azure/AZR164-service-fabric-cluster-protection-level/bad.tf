resource "azurerm_service_fabric_cluster" "unset" { # expect: AZR164
  name                = "sf-unset"
  resource_group_name = "rg-sf"
  location            = "westeurope"
  reliability_level   = "Silver"
  upgrade_mode        = "Automatic"
  vm_image            = "Windows"
  management_endpoint = "https://sf-unset.westeurope.cloudapp.azure.com:19080"

  node_type {
    name                 = "system"
    instance_count       = 5
    is_primary           = true
    client_endpoint_port = 19000
    http_endpoint_port   = 19080
  }
}

resource "azurerm_service_fabric_cluster" "sign_only" {
  name                = "sf-sign"
  resource_group_name = "rg-sf"
  location            = "westeurope"
  reliability_level   = "Silver"
  upgrade_mode        = "Automatic"
  vm_image            = "Windows"
  management_endpoint = "https://sf-sign.westeurope.cloudapp.azure.com:19080"

  fabric_settings {
    name = "Security"
    parameters = {
      ClusterProtectionLevel = "Sign" # expect: AZR164
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
