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
        ip_block {
          cidr   = "0.0.0.0/0"  # expect: K8S240
          except = ["10.0.0.0/8"]
        }
      }
      ports {
        port     = "8443"
        protocol = "TCP"
      }
    }
  }
}
