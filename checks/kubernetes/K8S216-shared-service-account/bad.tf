resource "kubernetes_deployment_v1" "api" {
  metadata {
    name      = "api"
    namespace = "shop"
  }
  spec {
    selector {
      match_labels = { app = "api" }
    }
    template {
      metadata {
        labels = { app = "api" }
      }
      spec {
        service_account_name = kubernetes_service_account_v1.runner.metadata[0].name  # expect: K8S216
        container {
          name  = "api"
          image = "registry.example.com/api:3.2.0"
        }
      }
    }
  }
}

resource "kubernetes_cron_job_v1" "cleanup" {
  metadata {
    name      = "cleanup"
    namespace = "shop"
  }
  spec {
    schedule = "0 * * * *"
    job_template {
      metadata {}
      spec {
        template {
          metadata {}
          spec {
            restart_policy       = "OnFailure"
            service_account_name = "shop-runner"  # expect: K8S216
            container {
              name  = "cleanup"
              image = "registry.example.com/cleanup:1.0.0"
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_service_account_v1" "runner" {
  metadata {
    name      = "shop-runner"
    namespace = "shop"
  }
}
