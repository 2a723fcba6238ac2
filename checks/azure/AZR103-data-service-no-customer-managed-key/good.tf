variable "cluster_id" {
  type = string
}

resource "azurerm_data_factory" "cmk" {
  name                             = "adf-cmk"
  location                         = "westeurope"
  resource_group_name              = "rg-data"
  customer_managed_key_id          = "https://kv-data.vault.azure.net/keys/adf"
  customer_managed_key_identity_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/adf"

  identity {
    type         = "UserAssigned"
    identity_ids = ["/subscriptions/000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/adf"]
  }
}

resource "azurerm_servicebus_namespace" "standard" {
  name                = "sb-standard"
  location            = "westeurope"
  resource_group_name = "rg-data"
  sku                 = "Standard"
}

resource "azurerm_databricks_workspace" "cmk" {
  name                         = "dbw-cmk"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  sku                          = "premium"
  customer_managed_key_enabled = true
}

resource "azurerm_databricks_workspace_root_dbfs_customer_managed_key" "cmk" {
  workspace_id     = azurerm_databricks_workspace.cmk.id
  key_vault_key_id = "https://kv-data.vault.azure.net/keys/dbfs/0123456789abcdef"
}

resource "azurerm_cognitive_account" "cmk" {
  name                = "oai-cmk"
  location            = "swedencentral"
  resource_group_name = "rg-ai"
  kind                = "OpenAI"
  sku_name            = "S0"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_cognitive_account_customer_managed_key" "cmk" {
  cognitive_account_id = azurerm_cognitive_account.cmk.id
  key_vault_key_id     = "https://kv-data.vault.azure.net/keys/oai"
}

resource "azurerm_kusto_cluster" "maybe" {
  name                = "adxmaybe"
  location            = "westeurope"
  resource_group_name = "rg-data"

  sku {
    name     = "Standard_E2ads_v5"
    capacity = 2
  }
}

# Unknown: this key may belong to the cluster above.
resource "azurerm_kusto_cluster_customer_managed_key" "unknown" {
  cluster_id   = var.cluster_id
  key_vault_id = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-data"
  key_name     = "adx"
}
