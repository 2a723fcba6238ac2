variable "namespace" {
  type        = string
  description = "Namespace the application is deployed to."
}

resource "kubernetes_namespace_v1" "shop" {
  metadata {
    name = "shop"
  }
}

resource "kubernetes_config_map_v1" "settings" {
  metadata {
    name      = "settings"
    namespace = kubernetes_namespace_v1.shop.metadata[0].name
  }
  data = { LOG_LEVEL = "info" }
}

resource "kubernetes_service_account_v1" "api" {
  metadata {
    name      = "api"
    namespace = var.namespace
  }
}

# Cluster-scoped objects have no namespace.
resource "kubernetes_cluster_role_v1" "reader" {
  metadata {
    name = "reader"
  }
  rule {
    api_groups = [""]
    resources  = ["configmaps"]
    verbs      = ["get"]
  }
}

# A patch of an existing ConfigMap: the namespace it was created in is not known here.
resource "kubernetes_config_map_v1_data" "extra" {
  metadata {
    name = "settings"
  }
  data = { FEATURE_X = "on" }
}
