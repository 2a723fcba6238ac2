# Workloads managed with Terraform's Kubernetes provider get the Kubernetes rules.
resource "kubernetes_deployment_v1" "api" {
  metadata {
    name      = "api"
    namespace = "payments"
  }
  spec {
    replicas = 2
    selector {
      match_labels = { app = "api" }
    }
    template {
      metadata {
        labels = { app = "api" }
      }
      spec {
        host_network = true
        container {
          name  = "api"
          image = "registry.example.com/shop/api:2.3.1"
          security_context {
            privileged = true
          }
        }
      }
    }
  }
}
