variable "restricted" {
  type = bool
}

resource "azurerm_cognitive_account" "restricted" {
  name                               = "oai-dlp"
  location                           = "swedencentral"
  resource_group_name                = "rg-ai"
  kind                               = "OpenAI"
  sku_name                           = "S0"
  outbound_network_access_restricted = true
  fqdns                              = ["srch-app.search.windows.net"]
}

resource "azurerm_cognitive_account" "speech" {
  name                = "speech"
  location            = "westeurope"
  resource_group_name = "rg-ai"
  kind                = "SpeechServices"
  sku_name            = "S0"
}

resource "azurerm_cognitive_account" "unknown" {
  name                               = "oai-var"
  location                           = "swedencentral"
  resource_group_name                = "rg-ai"
  kind                               = "OpenAI"
  sku_name                           = "S0"
  outbound_network_access_restricted = var.restricted
}
