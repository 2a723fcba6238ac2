resource "kubernetes_network_policy_v1" "db" {
  metadata {
    name      = "db-ingress"
    namespace = "shop"
  }
  spec {
    pod_selector {  # expect: K8S082
      match_labels = { app = "postgres" }
    }
    ingress {
      from {
        pod_selector {
          match_labels = { app = "api" }
        }
      }
    }
  }
}

resource "kubernetes_stateful_set_v1" "db" {
  metadata {
    name      = "db"
    namespace = "shop"
  }
  spec {
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
          image = "registry.example.com/db:16.4"
        }
      }
    }
  }
}
