variable "actions" {
  type = list(string)
}

resource "azurerm_role_definition" "role_reader" {
  name  = "role-reader"
  scope = "/subscriptions/00000000-0000-0000-0000-000000000000"

  permissions {
    actions = [
      "Microsoft.Authorization/roleDefinitions/read",
      "Microsoft.Authorization/*/read",
    ]
  }

  assignable_scopes = ["/subscriptions/00000000-0000-0000-0000-000000000000"]
}

resource "azurerm_role_definition" "unknown" {
  name  = "custom"
  scope = "/subscriptions/00000000-0000-0000-0000-000000000000"

  permissions {
    actions = var.actions
  }

  assignable_scopes = ["/subscriptions/00000000-0000-0000-0000-000000000000"]
}
