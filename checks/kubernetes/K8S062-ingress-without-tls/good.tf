resource "kubernetes_ingress_v1" "shop" {
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
    tls {
      hosts       = ["shop.example.com"]
      secret_name = "shop-tls"
    }
  }
}
