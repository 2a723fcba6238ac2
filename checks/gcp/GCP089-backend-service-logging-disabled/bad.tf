resource "google_compute_backend_service" "web" { # expect: GCP089
  name          = "web"
  protocol      = "HTTP"
  health_checks = ["web-hc"]
}

resource "google_compute_backend_service" "api" {
  name                  = "api"
  protocol              = "HTTPS"
  load_balancing_scheme = "EXTERNAL_MANAGED"
  health_checks         = ["api-hc"]

  log_config {
    enable = false # expect: GCP089
  }
}
