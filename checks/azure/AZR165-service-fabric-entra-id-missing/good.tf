variable "tenant_id" {
  type = string
}

resource "azurerm_service_fabric_cluster" "entra" {
  name                = "sf-entra"
  resource_group_name = "rg-sf"
  location            = "westeurope"
  reliability_level   = "Silver"
  upgrade_mode        = "Automatic"
  vm_image            = "Windows"
  management_endpoint = "https://sf-entra.westeurope.cloudapp.azure.com:19080"

  azure_active_directory {
    tenant_id              = var.tenant_id
    cluster_application_id = "00000000-0000-0000-0000-000000000001"
    client_application_id  = "00000000-0000-0000-0000-000000000002"
  }

  node_type {
    name                 = "system"
    instance_count       = 5
    is_primary           = true
    client_endpoint_port = 19000
    http_endpoint_port   = 19080
  }
}
