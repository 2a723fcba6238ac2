variable "double" {
  type = bool
}

resource "azurerm_servicebus_namespace" "orders" {
  name                = "sb-orders"
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
    infrastructure_encryption_enabled = true
  }
}

resource "azurerm_servicebus_namespace" "unknown" {
  name                = "sb-unknown"
  location            = "westeurope"
  resource_group_name = "rg-messaging"
  sku                 = "Premium"
  capacity            = 1

  customer_managed_key {
    key_vault_key_id                  = "https://kv-sb.vault.azure.net/keys/sb/0000"
    identity_id                       = "/subscriptions/000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-sb"
    infrastructure_encryption_enabled = var.double
  }
}

# Standard namespaces cannot have it.
resource "azurerm_servicebus_namespace" "standard" {
  name                = "sb-standard"
  location            = "westeurope"
  resource_group_name = "rg-messaging"
  sku                 = "Standard"
}
