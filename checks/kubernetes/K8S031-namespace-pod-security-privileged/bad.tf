resource "kubernetes_namespace_v1" "debug" {
  metadata {
    name = "debug"
    labels = {
      "pod-security.kubernetes.io/enforce" = "privileged"  # expect: K8S031
    }
  }
}

# A namespace created elsewhere, relabelled here.
resource "kubernetes_labels" "shop" {
  api_version = "v1"
  kind        = "Namespace"
  metadata {
    name = "shop"
  }
  labels = {
    "pod-security.kubernetes.io/enforce" = "privileged"  # expect: K8S031
  }
}

resource "kubernetes_namespace_v1" "billing" {
  metadata {
    name = "billing"
  }
}

resource "kubernetes_labels" "billing" {
  api_version = "v1"
  kind        = "Namespace"
  metadata {
    name = kubernetes_namespace_v1.billing.metadata[0].name
  }
  labels = {
    "pod-security.kubernetes.io/enforce" = "privileged"  # expect: K8S031
  }
}
