# The provider's deprecated resource types still send the beta APIs.
resource "kubernetes_ingress" "shop" {  # expect: K8S073
  metadata {
    name      = "shop"
    namespace = "shop"
  }
  spec {
    backend {
      service_name = "web"
      service_port = 80
    }
  }
}

resource "kubernetes_pod_disruption_budget" "web" {  # expect: K8S073
  metadata {
    name      = "web"
    namespace = "shop"
  }
  spec {
    max_unavailable = "1"
    selector {
      match_labels = { app = "web" }
    }
  }
}

resource "kubernetes_pod_security_policy" "restricted" {  # expect: K8S073
  metadata {
    name = "restricted"
  }
  spec {
    privileged                 = false
    allow_privilege_escalation = false
    volumes                    = ["configMap", "secret"]
    run_as_user {
      rule = "MustRunAsNonRoot"
    }
    se_linux {
      rule = "RunAsAny"
    }
    supplemental_groups {
      rule = "MustRunAs"
      range {
        min = 1
        max = 65535
      }
    }
    fs_group {
      rule = "MustRunAs"
      range {
        min = 1
        max = 65535
      }
    }
  }
}

resource "kubernetes_manifest" "legacy" {
  manifest = {
    apiVersion = "extensions/v1beta1"  # expect: K8S073
    kind       = "Ingress"
    metadata = {
      name      = "legacy"
      namespace = "shop"
    }
    spec = {
      backend = {
        serviceName = "web"
        servicePort = 80
      }
    }
  }
}
