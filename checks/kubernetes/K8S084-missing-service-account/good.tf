variable "worker_account" {
  type        = string
  description = "Service account the worker runs as."
}

resource "kubernetes_namespace_v1" "shop" {
  metadata {
    name = "shop"
    labels = {
      "pod-security.kubernetes.io/enforce" = "restricted"
    }
  }
}

resource "kubernetes_service_account_v1" "web" {
  metadata {
    name      = "web-sa"
    namespace = kubernetes_namespace_v1.shop.id
  }
}

resource "kubernetes_deployment_v1" "web" {
  metadata {
    name      = "web"
    namespace = kubernetes_namespace_v1.shop.metadata[0].name
  }
  spec {
    selector {
      match_labels = { app = "web" }
    }
    template {
      metadata {
        labels = { app = "web" }
      }
      spec {
        service_account_name = kubernetes_service_account_v1.web.metadata[0].name
        container {
          name  = "web"
          image = "registry.example.com/web:1.0.0"
        }
      }
    }
  }
}

resource "kubernetes_deployment_v1" "worker" {
  metadata {
    name      = "worker"
    namespace = "shop"
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
        # Unknown until the variable is set: not reported.
        service_account_name = var.worker_account
        container {
          name  = "worker"
          image = "registry.example.com/worker:1.0.0"
        }
      }
    }
  }
}
