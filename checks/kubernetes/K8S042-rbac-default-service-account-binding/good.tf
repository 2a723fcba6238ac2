resource "kubernetes_service_account_v1" "reader" {
  metadata {
    name      = "reader"
    namespace = "shop"
  }
}

resource "kubernetes_role_binding_v1" "reader" {
  metadata {
    name      = "reader"
    namespace = "shop"
  }
  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    name      = "view"
  }
  subject {
    kind      = "ServiceAccount"
    name      = kubernetes_service_account_v1.reader.metadata[0].name
    namespace = "shop"
  }
}
