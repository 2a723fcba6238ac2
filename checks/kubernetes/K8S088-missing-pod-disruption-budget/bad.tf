resource "kubernetes_stateful_set_v1" "db" {
  metadata {
    name      = "db"
    namespace = "shop"
  }
  spec {
    replicas     = 3  # expect: K8S088
    service_name = "db"
    selector {
      match_labels = { app = "db" }
    }
    template {
      metadata {
        labels = { app = "db" }
      }
      spec {
        container {
          name  = "db"
          image = "registry.example.com/db:16.2"
        }
      }
    }
  }
}

# Covers other pods.
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
