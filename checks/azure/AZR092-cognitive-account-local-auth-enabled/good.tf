variable "local_auth" {
  type = bool
}

resource "azurerm_cognitive_account" "entra" {
  name                = "oai-entra"
  location            = "swedencentral"
  resource_group_name = "rg-ai"
  kind                = "OpenAI"
  sku_name            = "S0"
  local_auth_enabled  = false
}

resource "azurerm_cognitive_account" "unknown" {
  name                = "oai-var"
  location            = "swedencentral"
  resource_group_name = "rg-ai"
  kind                = "OpenAI"
  sku_name            = "S0"
  local_auth_enabled  = var.local_auth
}
