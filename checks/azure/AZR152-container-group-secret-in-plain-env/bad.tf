resource "azurerm_container_group" "api" {
  name                = "aci-api"
  location            = "westeurope"
  resource_group_name = "rg-aci"
  os_type             = "Linux"
  ip_address_type     = "None"

  container {
    name   = "api"
    image  = "acrprod.azurecr.io/api:2.1.0"
    cpu    = "1"
    memory = "2"

    environment_variables = {
      "LOG_LEVEL"         = "info"
      "DATABASE_PASSWORD" = var.db_password # expect: AZR152
    }
  }

  init_container {
    name  = "migrate"
    image = "acrprod.azurecr.io/migrate:2.1.0"

    environment_variables = {
      "STORAGE_CONNECTION_STRING" = var.storage_connection # expect: AZR152
    }
  }
}

variable "db_password" {
  type      = string
  sensitive = true
}

variable "storage_connection" {
  type      = string
  sensitive = true
}
