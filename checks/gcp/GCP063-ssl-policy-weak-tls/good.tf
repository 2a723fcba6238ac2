variable "min_tls" {
  type = string
}

resource "google_compute_ssl_policy" "modern" {
  name            = "modern"
  profile         = "MODERN"
  min_tls_version = "TLS_1_2"
}

# RESTRICTED only offers suites that need TLS 1.2 or later.
resource "google_compute_ssl_policy" "restricted" {
  name    = "restricted"
  profile = "RESTRICTED"
}

resource "google_compute_region_ssl_policy" "custom" {
  name            = "custom"
  region          = "europe-west1"
  profile         = "CUSTOM"
  min_tls_version = "TLS_1_2"
  custom_features = [
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
  ]
}

# Unknown here: no finding.
resource "google_compute_ssl_policy" "from_var" {
  name            = "from-var"
  profile         = "MODERN"
  min_tls_version = var.min_tls
}
