resource "google_kms_crypto_key" "never" { # expect: GCP026
  name     = "orders"
  key_ring = "projects/acme-prod/locations/europe-west1/keyRings/app"
}

resource "google_kms_crypto_key" "yearly" {
  name            = "billing"
  key_ring        = "projects/acme-prod/locations/europe-west1/keyRings/app"
  rotation_period = "31536000s" # expect: GCP026
}

resource "google_kms_crypto_key" "just_over" {
  name            = "audit"
  key_ring        = "projects/acme-prod/locations/europe-west1/keyRings/app"
  purpose         = "ENCRYPT_DECRYPT"
  rotation_period = "7776001s" # expect: GCP026
}
