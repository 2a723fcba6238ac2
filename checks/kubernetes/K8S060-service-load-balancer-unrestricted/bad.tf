resource "kubernetes_service" "admin" {  # expect: K8S060
  metadata {
    name      = "admin"
    namespace = "ops"
  }
  spec {
    selector = { app = "admin" }
    type     = "LoadBalancer"
    port {
      port        = 443
      target_port = 8443
    }
  }
}
