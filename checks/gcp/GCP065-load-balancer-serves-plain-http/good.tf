# Port 80 only redirects to HTTPS.
resource "google_compute_url_map" "redirect" {
  name = "redirect"

  default_url_redirect {
    https_redirect = true
    strip_query    = false
  }
}

resource "google_compute_target_http_proxy" "redirect" {
  name    = "redirect"
  url_map = google_compute_url_map.redirect.id
}

resource "google_compute_global_forwarding_rule" "redirect" {
  name       = "redirect"
  target     = google_compute_target_http_proxy.redirect.id
  port_range = "80"
}

# Content served over HTTPS only.
resource "google_compute_url_map" "site" {
  name            = "site"
  default_service = "projects/p/global/backendServices/site"
}

resource "google_compute_target_https_proxy" "site" {
  name             = "site"
  url_map          = google_compute_url_map.site.id
  ssl_certificates = ["site-cert"]
  ssl_policy       = "modern"
}

resource "google_compute_global_forwarding_rule" "site" {
  name       = "site"
  target     = google_compute_target_https_proxy.site.id
  port_range = "443"
}

# An internal load balancer.
resource "google_compute_region_url_map" "internal" {
  name            = "internal"
  region          = "europe-west1"
  default_service = "projects/p/regions/europe-west1/backendServices/internal"
}

resource "google_compute_region_target_http_proxy" "internal" {
  name    = "internal"
  region  = "europe-west1"
  url_map = google_compute_region_url_map.internal.id
}

resource "google_compute_forwarding_rule" "internal" {
  name                  = "internal"
  region                = "europe-west1"
  target                = google_compute_region_target_http_proxy.internal.id
  port_range            = "80"
  load_balancing_scheme = "INTERNAL_MANAGED"
}

# Unknown here: no finding.
variable "scheme" {
  type = string
}

resource "google_compute_url_map" "from_var" {
  name            = "from-var"
  default_service = "projects/p/global/backendServices/x"
}

resource "google_compute_target_http_proxy" "from_var" {
  name    = "from-var"
  url_map = google_compute_url_map.from_var.id
}

resource "google_compute_global_forwarding_rule" "from_var" {
  name                  = "from-var"
  target                = google_compute_target_http_proxy.from_var.id
  port_range            = "80"
  load_balancing_scheme = var.scheme
}
