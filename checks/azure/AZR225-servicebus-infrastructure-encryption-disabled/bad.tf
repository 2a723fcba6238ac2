resource "azurerm_servicebus_namespace" "orders" { # expect: AZR225
  name                = "sb-orders"
  location            = "westeurope"
  resource_group_name = "rg-messaging"
  sku                 = "Premium"
  capacity            = 1
}

resource "azurerm_servicebus_namespace" "billing" {
  name                = "sb-billing"
  location            = "westeurope"
  resource_group_name = "rg-messaging"
  sku                 = "Premium"
  capacity            = 1

  identity {
    type         = "UserAssigned"
    identity_ids = ["/subscriptions/000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-sb"]
  }

  customer_managed_key {
    key_vault_key_id                  = "https://kv-sb.vault.azure.net/keys/sb/0000"
    identity_id                       = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-sb"
    infrastructure_encryption_enabled = false # expect: AZR225
  }
}
