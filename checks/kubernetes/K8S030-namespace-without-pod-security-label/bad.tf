resource "kubernetes_namespace_v1" "shop" {  # expect: K8S030
  metadata {
    name = "shop"
    labels = {
      team = "shop"
    }
  }
}
