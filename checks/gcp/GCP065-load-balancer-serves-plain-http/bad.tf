resource "google_compute_url_map" "site" { # expect: GCP065
  name            = "site"
  default_service = "projects/p/global/backendServices/site"
}

resource "google_compute_target_http_proxy" "site" {
  name    = "site-http"
  url_map = google_compute_url_map.site.id
}

resource "google_compute_global_forwarding_rule" "site" {
  name       = "site-http"
  target     = google_compute_target_http_proxy.site.id
  port_range = "80"
}

# A regional external Application Load Balancer.
resource "google_compute_region_url_map" "api" { # expect: GCP065
  name            = "api"
  region          = "europe-west1"
  default_service = "projects/p/regions/europe-west1/backendServices/api"
}

resource "google_compute_region_target_http_proxy" "api" {
  name    = "api-http"
  region  = "europe-west1"
  url_map = google_compute_region_url_map.api.id
}

resource "google_compute_forwarding_rule" "api" {
  name                  = "api-http"
  region                = "europe-west1"
  target                = google_compute_region_target_http_proxy.api.id
  port_range            = "80"
  load_balancing_scheme = "EXTERNAL_MANAGED"
}
