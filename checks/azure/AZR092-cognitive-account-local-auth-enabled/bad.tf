resource "azurerm_cognitive_account" "keys" { # expect: AZR092
  name                = "oai-keys"
  location            = "swedencentral"
  resource_group_name = "rg-ai"
  kind                = "OpenAI"
  sku_name            = "S0"
}

resource "azurerm_cognitive_account" "explicit" {
  name                = "oai-explicit"
  location            = "swedencentral"
  resource_group_name = "rg-ai"
  kind                = "OpenAI"
  sku_name            = "S0"
  local_auth_enabled  = true # expect: AZR092
}
