resource "google_compute_target_https_proxy" "web" { # expect: GCP064
  name             = "web"
  url_map          = "web-map"
  ssl_certificates = ["web-cert"]
}

resource "google_compute_target_ssl_proxy" "tcp" { # expect: GCP064
  name             = "tcp"
  backend_service  = "tcp-backend"
  ssl_certificates = ["tcp-cert"]
}

resource "google_compute_region_target_https_proxy" "internal" { # expect: GCP064
  name             = "internal"
  region           = "europe-west1"
  url_map          = "internal-map"
  ssl_certificates = ["internal-cert"]
}
