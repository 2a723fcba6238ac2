variable "office_ranges" {
  type        = list(string)
  description = "Networks allowed to reach the admin interface."
}

resource "kubernetes_service_v1" "admin" {
  metadata {
    name      = "admin"
    namespace = "ops"
  }
  spec {
    selector                    = { app = "admin" }
    type                        = "LoadBalancer"
    load_balancer_source_ranges = ["203.0.113.0/24"]
    port {
      port        = 443
      target_port = 8443
    }
  }
}

resource "kubernetes_service_v1" "reports" {
  metadata {
    name      = "reports"
    namespace = "ops"
  }
  spec {
    selector                    = { app = "reports" }
    type                        = "LoadBalancer"
    load_balancer_source_ranges = var.office_ranges
    port {
      port = 443
    }
  }
}
