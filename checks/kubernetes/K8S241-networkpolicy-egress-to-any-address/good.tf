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
    # Deliberate internet egress: the private ranges and the metadata address are carved out.
    egress {
      to {
        ip_block {
          cidr   = "0.0.0.0/0"
          except = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.169.254/32"]
        }
      }
      ports {
        port     = "443"
        protocol = "TCP"
      }
    }
  }
}
