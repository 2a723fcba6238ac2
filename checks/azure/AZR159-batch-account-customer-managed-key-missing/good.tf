variable "key_id" {
  type = string
}

resource "azurerm_batch_account" "cmk" {
  name                          = "batchcmk"
  resource_group_name           = "rg-batch"
  location                      = "westeurope"
  public_network_access_enabled = false

  identity {
    type = "SystemAssigned"
  }

  encryption {
    key_vault_key_id = "https://kv-prod.vault.azure.net/keys/batch"
  }
}

resource "azurerm_batch_account" "unknown" {
  name                          = "batchunknown"
  resource_group_name           = "rg-batch"
  location                      = "westeurope"
  public_network_access_enabled = false

  encryption {
    key_vault_key_id = var.key_id
  }
}
