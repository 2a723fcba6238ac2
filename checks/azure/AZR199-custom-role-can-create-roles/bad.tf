resource "azurerm_role_definition" "role_writer" {
  name  = "role-writer"
  scope = "/subscriptions/00000000-0000-0000-0000-000000000000"

  permissions {
    actions = [
      "Microsoft.Authorization/roleDefinitions/read",
      "Microsoft.Authorization/roleDefinitions/write", # expect: AZR199
    ]
  }

  assignable_scopes = ["/subscriptions/00000000-0000-0000-0000-000000000000"]
}

resource "azurerm_role_definition" "authz_admin" {
  name  = "authz-admin"
  scope = "/subscriptions/00000000-0000-0000-0000-000000000000"

  permissions {
    actions = ["Microsoft.Authorization/*"] # expect: AZR199
  }

  assignable_scopes = ["/subscriptions/00000000-0000-0000-0000-000000000000"]
}
