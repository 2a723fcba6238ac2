resource "kubernetes_daemon_set_v1" "fuse" {
  metadata {
    name = "fuse-agent"
  }
  spec {
    selector {
      match_labels = { app = "fuse-agent" }
    }
    template {
      metadata {
        labels = { app = "fuse-agent" }
      }
      spec {
        container {
          name  = "agent"
          image = "registry.example.com/storage/fuse-agent:0.9.1"
          security_context {
            capabilities {
              add = ["SYS_ADMIN"]  # expect: K8S099
            }
          }
        }
      }
    }
  }
}
