# Provider defaults: COMPATIBLE profile, TLS 1.0.
resource "google_compute_ssl_policy" "defaults" { # expect: GCP063
  name = "defaults"
}

resource "google_compute_ssl_policy" "modern_tls10" {
  name            = "modern"
  profile         = "MODERN"
  min_tls_version = "TLS_1_0" # expect: GCP063
}

resource "google_compute_region_ssl_policy" "compatible" {
  name            = "compatible"
  region          = "europe-west1"
  profile         = "COMPATIBLE" # expect: GCP063
  min_tls_version = "TLS_1_2"
}

resource "google_compute_ssl_policy" "custom_rsa" {
  name            = "custom"
  profile         = "CUSTOM" # expect: GCP063
  min_tls_version = "TLS_1_2"
  custom_features = [
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
  ]
}
