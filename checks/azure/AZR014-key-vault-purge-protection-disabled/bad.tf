resource "azurerm_key_vault" "default" { # expect: AZR014
  name                = "kv-default"
  location            = "westeurope"
  resource_group_name = "rg-security"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}

resource "azurerm_key_vault" "off" {
  name                = "kv-off"
  location            = "westeurope"
  resource_group_name = "rg-security"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
  purge_protection_enabled = false # expect: AZR014
}
