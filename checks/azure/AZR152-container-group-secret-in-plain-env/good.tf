variable "db_password" {
  type      = string
  sensitive = true
}

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
      "LOG_LEVEL"          = "info"
      "TOKEN_ENDPOINT"     = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/oauth2/v2.0/token"
      "DB_PASSWORD_SECRET_NAME" = "db-password"
      "KEY_VAULT_NAME"     = "kv-prod"
    }

    secure_environment_variables = {
      "DATABASE_PASSWORD" = var.db_password
    }
  }
}
