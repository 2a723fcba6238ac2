variable "db_label" {
  type        = string
  description = "Value of the app label of the database pods."
}

resource "kubernetes_network_policy_v1" "db" {
  metadata {
    name      = "db-ingress"
    namespace = "shop"
  }
  spec {
    pod_selector {
      match_labels = { app = "db" }
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

# Unknown until the variable is set: not reported.
resource "kubernetes_network_policy_v1" "replica" {
  metadata {
    name      = "replica-ingress"
    namespace = "shop"
  }
  spec {
    pod_selector {
      match_labels = { app = var.db_label }
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
