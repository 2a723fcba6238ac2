resource "kubernetes_network_policy_v1" "api" {
  metadata {
    name      = "api"
    namespace = "shop"
  }
  spec {
    pod_selector {
      match_labels = { app = "api" }
    }
    policy_types = ["Ingress"]
    ingress {
      from {
        pod_selector {
          match_labels = { app = "web" }
        }
      }
    }
    ingress {}  # expect: K8S078
  }
}
