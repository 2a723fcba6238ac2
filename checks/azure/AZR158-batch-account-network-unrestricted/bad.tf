resource "azurerm_batch_account" "default" { # expect: AZR158
  name                = "batchdefault"
  resource_group_name = "rg-batch"
  location            = "westeurope"
}

resource "azurerm_batch_account" "allow" {
  name                = "batchallow"
  resource_group_name = "rg-batch"
  location            = "westeurope"

  network_profile {
    account_access {
      default_action = "Allow" # expect: AZR158
    }
  }
}
