resource "google_kms_crypto_key" "data" {
  name            = "data"
  key_ring        = "projects/acme-prod/locations/europe/keyRings/data"
  rotation_period = "7776000s"

  lifecycle {
    prevent_destroy = true
  }
}
