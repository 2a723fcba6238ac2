variable "verbs" {
  type        = list(string)
  description = "Verbs granted on deployments."
}

resource "kubernetes_cluster_role_v1" "deployer" {
  metadata {
    name = "ci-deployer"
  }
  rule {
    api_groups = ["apps"]
    resources  = ["deployments"]
    verbs      = ["get", "list", "patch"]
  }
  # Unknown until the variable is set: not reported.
  rule {
    api_groups = ["apps"]
    resources  = ["statefulsets"]
    verbs      = var.verbs
  }
}
