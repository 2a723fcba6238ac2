variable "ssl_policy" {
  type = string
}

resource "google_compute_ssl_policy" "modern" {
  name            = "modern"
  profile         = "MODERN"
  min_tls_version = "TLS_1_2"
}

resource "google_compute_target_https_proxy" "web" {
  name             = "web"
  url_map          = "web-map"
  ssl_certificates = ["web-cert"]
  ssl_policy       = google_compute_ssl_policy.modern.id
}

# Unknown here: no finding.
resource "google_compute_target_ssl_proxy" "from_var" {
  name             = "tcp"
  backend_service  = "tcp-backend"
  ssl_certificates = ["tcp-cert"]
  ssl_policy       = var.ssl_policy
}
