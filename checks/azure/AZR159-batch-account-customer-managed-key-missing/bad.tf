resource "azurerm_batch_account" "default" { # expect: AZR159
  name                          = "batchdefault"
  resource_group_name           = "rg-batch"
  location                      = "westeurope"
  public_network_access_enabled = false
}
