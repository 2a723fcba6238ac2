variable "key_id" {
  type = string
}

resource "azurerm_app_configuration" "settings" {
  name                = "appcs-settings"
  resource_group_name = "rg-app"
  location            = "westeurope"
  sku                 = "standard"

  identity {
    type         = "UserAssigned"
    identity_ids = ["/subscriptions/000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-appcs"]
  }

  encryption {
    key_vault_key_identifier = var.key_id
    identity_client_id       = "00000000-0000-0000-0000-000000000000"
  }
}

# The free tier cannot use a customer-managed key.
resource "azurerm_app_configuration" "free" {
  name                = "appcs-free"
  resource_group_name = "rg-app"
  location            = "westeurope"
}
