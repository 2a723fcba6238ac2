resource "azurerm_data_factory" "public" { # expect: AZR090
  name                = "adf-public"
  location            = "westeurope"
  resource_group_name = "rg-data"
}
