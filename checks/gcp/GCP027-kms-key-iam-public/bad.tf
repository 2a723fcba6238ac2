resource "google_kms_crypto_key_iam_member" "anyone" {
  crypto_key_id = "projects/acme-prod/locations/europe-west1/keyRings/app/cryptoKeys/orders"
  role          = "roles/cloudkms.cryptoKeyDecrypter"
  member        = "allUsers" # expect: GCP027
}

resource "google_kms_key_ring_iam_binding" "any_account" {
  key_ring_id = "projects/acme-prod/locations/europe-west1/keyRings/app"
  role        = "roles/cloudkms.cryptoKeyEncrypter"
  members     = ["allAuthenticatedUsers"] # expect: GCP027
}
