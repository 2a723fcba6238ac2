variable "service_type" {
  type        = string
  description = "How the service is exposed."
}

resource "kubernetes_service_v1" "web" {
  metadata {
    name      = "web"
    namespace = "shop"
  }
  spec {
    selector = { app = "web" }
    port {
      port        = 80
      target_port = 8080
    }
  }
}

resource "kubernetes_service_v1" "api" {
  metadata {
    name      = "api"
    namespace = "shop"
  }
  spec {
    selector = { app = "api" }
    type     = var.service_type
    port {
      port = 80
    }
  }
}
