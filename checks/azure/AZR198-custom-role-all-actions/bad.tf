resource "azurerm_role_definition" "platform_admin" {
  name        = "platform-admin"
  scope       = "/subscriptions/00000000-0000-0000-0000-000000000000"
  description = "Everything the platform team needs."

  permissions {
    actions     = ["*"] # expect: AZR198
    not_actions = []
  }

  assignable_scopes = ["/subscriptions/00000000-0000-0000-0000-000000000000"]
}
