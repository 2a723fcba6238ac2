resource "azurerm_service_fabric_cluster" "certs_only" { # expect: AZR165
  name                = "sf-certs"
  resource_group_name = "rg-sf"
  location            = "westeurope"
  reliability_level   = "Silver"
  upgrade_mode        = "Automatic"
  vm_image            = "Windows"
  management_endpoint = "https://sf-certs.westeurope.cloudapp.azure.com:19080"

  node_type {
    name                 = "system"
    instance_count       = 5
    is_primary           = true
    client_endpoint_port = 19000
    http_endpoint_port   = 19080
  }
}
