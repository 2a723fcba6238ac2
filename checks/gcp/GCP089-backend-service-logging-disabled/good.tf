variable "logging" {
  type = bool
}

resource "google_compute_backend_service" "web" {
  name          = "web"
  protocol      = "HTTP"
  health_checks = ["web-hc"]

  log_config {
    enable      = true
    sample_rate = 1.0
  }
}

# A TCP proxy load balancer.
resource "google_compute_backend_service" "tcp" {
  name          = "tcp"
  protocol      = "TCP"
  health_checks = ["tcp-hc"]
}

# Traffic Director (service mesh).
resource "google_compute_backend_service" "mesh" {
  name                  = "mesh"
  load_balancing_scheme = "INTERNAL_SELF_MANAGED"
  health_checks         = ["mesh-hc"]
}

# Unknown here: no finding.
resource "google_compute_backend_service" "from_var" {
  name          = "other"
  protocol      = "HTTP"
  health_checks = ["other-hc"]

  log_config {
    enable = var.logging
  }
}
