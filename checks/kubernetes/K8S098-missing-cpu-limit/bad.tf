resource "kubernetes_deployment_v1" "worker" {
  metadata {
    name = "worker"
  }
  spec {
    selector {
      match_labels = { app = "worker" }
    }
    template {
      metadata {
        labels = { app = "worker" }
      }
      spec {
        container {
          name  = "worker"  # expect: K8S098
          image = "registry.example.com/worker:1.4.0"
          resources {
            limits = { memory = "256Mi" }
          }
        }
      }
    }
  }
}
