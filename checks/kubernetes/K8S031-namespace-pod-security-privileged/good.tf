variable "level" {
  type        = string
  description = "Pod Security level enforced in the namespace."
}

resource "kubernetes_namespace_v1" "shop" {
  metadata {
    name = "shop"
    labels = {
      "pod-security.kubernetes.io/enforce" = "restricted"
    }
  }
}

resource "kubernetes_namespace_v1" "billing" {
  metadata {
    name = "billing"
    labels = {
      "pod-security.kubernetes.io/enforce" = var.level
    }
  }
}

# A node agents' namespace.
resource "kubernetes_labels" "system" {
  api_version = "v1"
  kind        = "Namespace"
  metadata {
    name = "kube-system"
  }
  labels = {
    "pod-security.kubernetes.io/enforce" = "privileged"
  }
}
