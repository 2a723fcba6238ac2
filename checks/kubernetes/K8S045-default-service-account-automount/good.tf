variable "automount" {
  type        = bool
  description = "Whether pods get the default account's token."
}

resource "kubernetes_default_service_account_v1" "shop" {
  metadata {
    namespace = "shop"
  }
  automount_service_account_token = false
}

resource "kubernetes_default_service_account_v1" "billing" {
  metadata {
    namespace = "billing"
  }
  automount_service_account_token = var.automount
}

# Not the default account.
resource "kubernetes_service_account_v1" "api" {
  metadata {
    name      = "api"
    namespace = "shop"
  }
}
