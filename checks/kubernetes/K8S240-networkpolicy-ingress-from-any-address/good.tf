variable "allowed_cidr" {
  type        = string
  description = "Network allowed to reach the API."
}

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
          cidr = "203.0.113.0/24"
        }
      }
      # Unknown until the variable is set: not reported.
      from {
        ip_block {
          cidr = var.allowed_cidr
        }
      }
      from {
        namespace_selector {
          match_labels = { "kubernetes.io/metadata.name" = "frontend" }
        }
      }
    }
  }
}
