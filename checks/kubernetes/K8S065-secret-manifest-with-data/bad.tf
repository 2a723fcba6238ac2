resource "kubernetes_secret_v1" "db" {
  metadata {
    name      = "db"
    namespace = "shop"
  }
  data = {
    username = "shop"  # expect: K8S065
    password = "correct-horse-battery-staple"  # expect: K8S065
  }
}
