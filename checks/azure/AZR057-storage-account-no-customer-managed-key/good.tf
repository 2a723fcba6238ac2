variable "cmk_account_id" {
  type = string
}

resource "azurerm_storage_account" "inline_cmk" {
  name                     = "stcmk001"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  identity {
    type         = "UserAssigned"
    identity_ids = ["/subscriptions/000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/st"]
  }

  customer_managed_key {
    key_vault_key_id          = "https://kv-data.vault.azure.net/keys/storage"
    user_assigned_identity_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/st"
  }
}

resource "azurerm_storage_account" "separate_cmk" {
  name                     = "stcmk002"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_storage_account_customer_managed_key" "separate_cmk" {
  storage_account_id = azurerm_storage_account.separate_cmk.id
  key_vault_id       = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-data"
  key_name           = "storage"
}

resource "azurerm_storage_account" "maybe_cmk" {
  name                     = "stcmk003"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

# Unknown: the key may belong to this account.
resource "azurerm_storage_account_customer_managed_key" "unknown" {
  storage_account_id = var.cmk_account_id
  key_vault_id       = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-data"
  key_name           = "storage"
}
