resource "kubernetes_namespace_v1" "shop" {
  metadata {
    name = "shop"
    labels = {
      "pod-security.kubernetes.io/enforce" = "restricted"
    }
  }
}

resource "kubernetes_namespace" "system" {
  metadata {
    name = "kube-system"
  }
}

# Labelled through a separate resource.
resource "kubernetes_namespace_v1" "billing" {
  metadata {
    name = "billing"
  }
}

resource "kubernetes_labels" "billing_pss" {
  api_version = "v1"
  kind        = "Namespace"
  metadata {
    name = kubernetes_namespace_v1.billing.metadata[0].name
  }
  labels = {
    "pod-security.kubernetes.io/enforce" = "baseline"
  }
}

# Labels for a namespace created elsewhere: whether it has the label is not known here.
resource "kubernetes_labels" "legacy" {
  api_version = "v1"
  kind        = "Namespace"
  metadata {
    name = "legacy"
  }
  labels = {
    team = "legacy"
  }
}
