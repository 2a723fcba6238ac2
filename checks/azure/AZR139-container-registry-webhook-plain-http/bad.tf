resource "azurerm_container_registry_webhook" "deploy" {
  name                = "deployhook"
  resource_group_name = "rg-acr"
  registry_name       = "acrprod"
  location            = "westeurope"
  service_uri         = "http://deploy.example.com/hooks/acr" # expect: AZR139
  actions             = ["push"]
  scope               = "app:*"

  custom_headers = {
    "Authorization" = "Bearer ${var.deploy_token}"
  }
}

variable "deploy_token" {
  type      = string
  sensitive = true
}
