resource "azuread_application_federated_identity_credential" "deploy" {
  application_id = "/applications/00000000-0000-0000-0000-000000000000"
  display_name   = "github-deploy"
  audiences      = ["api://AzureADTokenExchange"]
  issuer         = "https://token.actions.githubusercontent.com"
  subject        = "environment:production" # expect: AZR242
}

resource "azurerm_federated_identity_credential" "release" {
  name                      = "github-release"
  resource_group_name       = "rg-identity"
  user_assigned_identity_id = "/subscriptions/000/resourceGroups/rg-identity/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-release"
  audience                  = ["api://AzureADTokenExchange"]
  issuer                    = "https://token.actions.githubusercontent.com"
  subject                   = "ref:refs/heads/main" # expect: AZR242
}
