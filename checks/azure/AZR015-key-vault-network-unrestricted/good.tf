variable "acl_default" {
  type = string
}

resource "azurerm_key_vault" "firewalled" {
  name                = "kv-firewalled"
  location            = "westeurope"
  resource_group_name = "rg-security"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"

  network_acls {
    default_action = "Deny"
    bypass         = "AzureServices"
    ip_rules       = ["203.0.113.0/24"]
  }
}

resource "azurerm_key_vault" "private" {
  name                = "kv-private"
  location            = "westeurope"
  resource_group_name = "rg-security"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
  public_network_access_enabled = false
}

resource "azurerm_key_vault" "unknown" {
  name                = "kv-unknown"
  location            = "westeurope"
  resource_group_name = "rg-security"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"

  network_acls {
    default_action = var.acl_default
    bypass         = "AzureServices"
  }
}
