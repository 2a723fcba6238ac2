variable "operator_actions" {
  type = list(string)
}

resource "azurerm_role_definition" "vm_operator" {
  name  = "vm-operator"
  scope = "/subscriptions/00000000-0000-0000-0000-000000000000"

  permissions {
    actions = [
      "Microsoft.Compute/virtualMachines/read",
      "Microsoft.Compute/virtualMachines/start/action",
      "Microsoft.Compute/virtualMachines/restart/action",
    ]
  }

  assignable_scopes = ["/subscriptions/00000000-0000-0000-0000-000000000000"]
}

# A wildcard inside one resource provider is a scoped role, not an administrator.
resource "azurerm_role_definition" "storage_reader" {
  name  = "storage-reader"
  scope = "/subscriptions/00000000-0000-0000-0000-000000000000"

  permissions {
    actions = ["Microsoft.Storage/*/read"]
  }

  assignable_scopes = ["/subscriptions/00000000-0000-0000-0000-000000000000"]
}

resource "azurerm_role_definition" "unknown" {
  name  = "operator"
  scope = "/subscriptions/00000000-0000-0000-0000-000000000000"

  permissions {
    actions = var.operator_actions
  }

  assignable_scopes = ["/subscriptions/00000000-0000-0000-0000-000000000000"]
}
