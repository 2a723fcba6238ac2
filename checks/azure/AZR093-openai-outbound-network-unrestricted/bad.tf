resource "azurerm_cognitive_account" "open" { # expect: AZR093
  name                = "oai-open"
  location            = "swedencentral"
  resource_group_name = "rg-ai"
  kind                = "OpenAI"
  sku_name            = "S0"
}
