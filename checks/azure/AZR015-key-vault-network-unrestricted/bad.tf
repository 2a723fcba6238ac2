resource "azurerm_key_vault" "default" { # expect: AZR015
  name                = "kv-default"
  location            = "westeurope"
  resource_group_name = "rg-security"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
  purge_protection_enabled = true
}

resource "azurerm_key_vault" "allow" {
  name                = "kv-allow"
  location            = "westeurope"
  resource_group_name = "rg-security"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
  purge_protection_enabled = true

  network_acls {
    default_action = "Allow" # expect: AZR015
    bypass         = "AzureServices"
  }
}
