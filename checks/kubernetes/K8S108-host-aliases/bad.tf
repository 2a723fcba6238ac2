resource "kubernetes_pod_v1" "legacy" {
  metadata {
    name = "legacy"
  }
  spec {
    host_aliases {
      ip        = "10.1.2.3"  # expect: K8S108
      hostnames = ["billing.internal"]
    }
    container {
      name  = "app"
      image = "registry.example.com/legacy/app:4.1.0"
    }
  }
}
