resource "azurerm_storage_account" "sftp" {
  name                     = "stsftp001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  is_hns_enabled           = true
  sftp_enabled             = true # expect: AZR059
}

resource "azurerm_storage_account" "explicit" {
  name                     = "stlocal001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  local_user_enabled       = true # expect: AZR059
}

resource "azurerm_storage_account" "with_user" { # expect: AZR059
  name                     = "stlocal003"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account_local_user" "uploader" {
  name                 = "uploader"
  storage_account_id   = azurerm_storage_account.with_user.id
  ssh_key_enabled      = true
  ssh_password_enabled = false
}
