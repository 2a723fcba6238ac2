variable "database_cidr" {
  type        = string
  description = "Subnet of the database the workers write to."
}

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
          cidr = "10.20.0.0/16"
        }
      }
      # Unknown until the variable is set: not reported.
      to {
        ip_block {
          cidr = var.database_cidr
        }
      }
      ports {
        port     = "5432"
        protocol = "TCP"
      }
    }
  }
}
