variable "rotation" {
  type = string
}

resource "google_kms_crypto_key" "ninety_days" {
  name            = "orders"
  key_ring        = "projects/acme-prod/locations/europe-west1/keyRings/app"
  rotation_period = "7776000s"
}

resource "google_kms_crypto_key" "monthly" {
  name            = "billing"
  key_ring        = "projects/acme-prod/locations/europe-west1/keyRings/app"
  rotation_period = "2592000s"
}

# Asymmetric keys cannot rotate automatically.
resource "google_kms_crypto_key" "signing" {
  name     = "signing"
  key_ring = "projects/acme-prod/locations/europe-west1/keyRings/app"
  purpose  = "ASYMMETRIC_SIGN"

  version_template {
    algorithm = "EC_SIGN_P256_SHA256"
  }
}

# Unknown here: no finding.
resource "google_kms_crypto_key" "from_var" {
  name            = "audit"
  key_ring        = "projects/acme-prod/locations/europe-west1/keyRings/app"
  rotation_period = var.rotation
}
