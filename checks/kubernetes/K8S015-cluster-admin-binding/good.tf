variable "role" {
  type        = string
  description = "ClusterRole granted to the deployer."
}

resource "kubernetes_cluster_role_binding_v1" "ci" {
  metadata {
    name = "ci-deployer-edit"
  }
  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    name      = "edit"
  }
  subject {
    kind      = "ServiceAccount"
    name      = "ci-deployer"
    namespace = "ci"
  }
}

resource "kubernetes_role_binding_v1" "ci" {
  metadata {
    name      = "ci-deployer"
    namespace = "ci"
  }
  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    name      = var.role
  }
  subject {
    kind      = "ServiceAccount"
    name      = "ci-deployer"
    namespace = "ci"
  }
}
