variable "public_access" {
  type = bool
}

resource "azurerm_storage_account" "private" {
  name                          = "stprivate001"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  account_tier                  = "Standard"
  account_replication_type      = "GRS"
  public_network_access_enabled = false
}

resource "azurerm_storage_account" "firewalled" {
  name                     = "stfw001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  network_rules {
    default_action = "Deny"
    ip_rules       = ["203.0.113.10"]
  }
}

resource "azurerm_storage_account" "separate_rules" {
  name                     = "stfw002"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account_network_rules" "separate_rules" {
  storage_account_id = azurerm_storage_account.separate_rules.id
  default_action     = "Deny"
  ip_rules           = ["203.0.113.10"]
}

resource "azurerm_storage_account" "unknown" {
  name                          = "stunknown001"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  account_tier                  = "Standard"
  account_replication_type      = "GRS"
  public_network_access_enabled = var.public_access
}
