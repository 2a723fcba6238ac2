variable "cleanup_account" {
  type        = string
  description = "Service account of the cleanup job."
}

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
        service_account_name = "api"
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
            service_account_name = var.cleanup_account
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
