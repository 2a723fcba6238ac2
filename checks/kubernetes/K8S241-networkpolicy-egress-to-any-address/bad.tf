resource "kubernetes_network_policy" "worker" {
  metadata {
    name      = "worker"
    namespace = "shop"
  }
  spec {
    pod_selector {
      match_labels = { app = "worker" }
    }
    policy_types = ["Egress"]
    egress {
      to {
        ip_block {
          cidr = "::/0"  # expect: K8S241
        }
      }
      ports {
        port     = "443"
        protocol = "TCP"
      }
    }
  }
}
