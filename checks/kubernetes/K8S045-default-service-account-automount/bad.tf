resource "kubernetes_default_service_account_v1" "shop" {  # expect: K8S045
  metadata {
    namespace = "shop"
  }
}

resource "kubernetes_service_account" "default" {
  metadata {
    name      = "default"
    namespace = "billing"
  }
  automount_service_account_token = true  # expect: K8S045
}
