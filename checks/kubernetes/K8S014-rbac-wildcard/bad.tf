resource "kubernetes_cluster_role_v1" "deployer" {
  metadata {
    name = "ci-deployer"
  }
  rule {
    api_groups = ["apps"]
    resources  = ["deployments"]
    verbs      = ["get", "*"]  # expect: K8S014
  }
  rule {
    api_groups = [""]
    resources  = ["configmaps"]
    verbs      = ["get"]
  }
}

resource "kubernetes_role" "team_admin" {
  metadata {
    name      = "team-admin"
    namespace = "team-a"
  }
  rule {
    api_groups = [""]
    resources  = ["*"]  # expect: K8S014
    verbs      = ["get", "list"]
  }
}
