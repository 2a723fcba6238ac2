# The provider puts an object whose metadata names no namespace into `default`.
resource "kubernetes_config_map_v1" "settings" {
  metadata {  # expect: K8S048
    name = "settings"
  }
  data = { LOG_LEVEL = "info" }
}

resource "kubernetes_service_account_v1" "api" {
  metadata {
    name      = "api"
    namespace = "default"  # expect: K8S048
  }
}
