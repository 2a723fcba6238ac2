resource "kubernetes_service_v1" "web" {
  metadata {
    name      = "web"
    namespace = "shop"
  }
  spec {
    selector = { app = "web" }
    type     = "NodePort"  # expect: K8S059
    port {
      port        = 80
      target_port = 8080
      node_port   = 30080
    }
  }
}
