resource "azurerm_cognitive_account" "open" { # expect: AZR091
  name                = "oai-open"
  location            = "swedencentral"
  resource_group_name = "rg-ai"
  kind                = "OpenAI"
  sku_name            = "S0"
}

resource "azurerm_cognitive_account" "allow_all" {
  name                  = "lang-open"
  location              = "westeurope"
  resource_group_name   = "rg-ai"
  kind                  = "TextAnalytics"
  sku_name              = "S"
  custom_subdomain_name = "lang-open"

  network_acls {
    default_action = "Allow" # expect: AZR091
  }
}
