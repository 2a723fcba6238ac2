resource "kubernetes_role_v1" "reader" {
  metadata {
    name      = "config-reader"
    namespace = "shop"
  }
  rule {
    api_groups = [""]
    resources  = ["configmaps"]
    verbs      = ["get", "list"]
  }
  rule {
    api_groups = [""]
    resources  = ["secrets"]
    verbs      = ["create"]
  }
}
