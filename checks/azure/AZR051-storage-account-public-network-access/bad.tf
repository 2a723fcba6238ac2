resource "azurerm_storage_account" "open" { # expect: AZR051
  name                     = "stopen001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account" "explicit" {
  name                          = "stopen002"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  account_tier                  = "Standard"
  account_replication_type      = "GRS"
  public_network_access_enabled = true # expect: AZR051
}
