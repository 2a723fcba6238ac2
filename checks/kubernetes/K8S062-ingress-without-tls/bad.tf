resource "kubernetes_ingress_v1" "shop" {  # expect: K8S062
  metadata {
    name      = "shop"
    namespace = "shop"
  }
  spec {
    ingress_class_name = "nginx"
    rule {
      host = "shop.example.com"
      http {
        path {
          path      = "/"
          path_type = "Prefix"
          backend {
            service {
              name = "web"
              port {
                number = 80
              }
            }
          }
        }
      }
    }
  }
}
