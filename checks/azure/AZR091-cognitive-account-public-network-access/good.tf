variable "public" {
  type = bool
}

resource "azurerm_cognitive_account" "private" {
  name                          = "oai-private"
  location                      = "swedencentral"
  resource_group_name           = "rg-ai"
  kind                          = "OpenAI"
  sku_name                      = "S0"
  public_network_access_enabled = false
}

resource "azurerm_cognitive_account" "firewalled" {
  name                  = "lang-fw"
  location              = "westeurope"
  resource_group_name   = "rg-ai"
  kind                  = "TextAnalytics"
  sku_name              = "S"
  custom_subdomain_name = "lang-fw"

  network_acls {
    default_action = "Deny"
    ip_rules       = ["203.0.113.10"]
  }
}

resource "azurerm_cognitive_account" "unknown" {
  name                          = "oai-var"
  location                      = "swedencentral"
  resource_group_name           = "rg-ai"
  kind                          = "OpenAI"
  sku_name                      = "S0"
  public_network_access_enabled = var.public
}
