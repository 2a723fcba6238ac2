resource "google_kms_crypto_key" "data" { # expect: GCP154
  name            = "data"
  key_ring        = "projects/acme-prod/locations/europe/keyRings/data"
  rotation_period = "7776000s"
}

resource "google_kms_crypto_key" "backups" {
  name            = "backups"
  key_ring        = "projects/acme-prod/locations/europe/keyRings/data"
  rotation_period = "7776000s"

  lifecycle {
    prevent_destroy = false # expect: GCP154
  }
}
