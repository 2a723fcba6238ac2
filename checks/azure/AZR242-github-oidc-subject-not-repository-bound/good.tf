variable "subject" {
  type = string
}

resource "azuread_application_federated_identity_credential" "deploy" {
  application_id = "/applications/00000000-0000-0000-0000-000000000000"
  display_name   = "github-deploy"
  audiences      = ["api://AzureADTokenExchange"]
  issuer         = "https://token.actions.githubusercontent.com"
  subject        = "repo:example-org/infra:environment:production"
}

# A custom template that starts with the environment but pins the owner.
resource "azurerm_federated_identity_credential" "release" {
  name                      = "github-release"
  resource_group_name       = "rg-identity"
  user_assigned_identity_id = "/subscriptions/000/resourceGroups/rg-identity/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-release"
  audience                  = ["api://AzureADTokenExchange"]
  issuer                    = "https://token.actions.githubusercontent.com"
  subject                   = "repository_owner_id:1234567:environment:production"
}

resource "azuread_application_federated_identity_credential" "unknown" {
  application_id = "/applications/00000000-0000-0000-0000-000000000000"
  display_name   = "github-other"
  audiences      = ["api://AzureADTokenExchange"]
  issuer         = "https://token.actions.githubusercontent.com"
  subject        = var.subject
}

# Another issuer: its subjects mean something else.
resource "azurerm_federated_identity_credential" "aks" {
  name                      = "aks-workload"
  resource_group_name       = "rg-identity"
  user_assigned_identity_id = "/subscriptions/000/resourceGroups/rg-identity/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-app"
  audience                  = ["api://AzureADTokenExchange"]
  issuer                    = "https://westeurope.oic.prod-aks.azure.com/00000000-0000-0000-0000-000000000000/11111111-1111-1111-1111-111111111111/"
  subject                   = "system:serviceaccount:app:web"
}
