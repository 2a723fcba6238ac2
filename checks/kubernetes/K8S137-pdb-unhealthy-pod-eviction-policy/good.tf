# The provider's budget resource cannot set the policy: not reported.
resource "kubernetes_pod_disruption_budget_v1" "web" {
  metadata {
    name      = "web"
    namespace = "shop"
  }
  spec {
    max_unavailable = "1"
    selector {
      match_labels = { app = "web" }
    }
  }
}

resource "kubernetes_manifest" "api" {
  manifest = {
    apiVersion = "policy/v1"
    kind       = "PodDisruptionBudget"
    metadata = {
      name      = "api"
      namespace = "shop"
    }
    spec = {
      maxUnavailable             = 1
      unhealthyPodEvictionPolicy = "AlwaysAllow"
      selector = {
        matchLabels = { app = "api" }
      }
    }
  }
}
