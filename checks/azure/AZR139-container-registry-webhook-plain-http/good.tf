variable "hook_uri" {
  type = string
}

resource "azurerm_container_registry_webhook" "deploy" {
  name                = "deployhook"
  resource_group_name = "rg-acr"
  registry_name       = "acrprod"
  location            = "westeurope"
  service_uri         = "https://deploy.example.com/hooks/acr"
  actions             = ["push"]
}

resource "azurerm_container_registry_webhook" "unknown" {
  name                = "unknownhook"
  resource_group_name = "rg-acr"
  registry_name       = "acrprod"
  location            = "westeurope"
  service_uri         = var.hook_uri
  actions             = ["push"]
}
