resource "kubernetes_role_v1" "reader" {
  metadata {
    name      = "secret-reader"
    namespace = "shop"
  }
  rule {
    api_groups = [""]
    resources  = ["secrets", "configmaps"]
    verbs      = ["get", "list"]  # expect: K8S032
  }
}
