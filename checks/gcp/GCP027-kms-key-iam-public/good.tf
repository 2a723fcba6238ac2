variable "member" {
  type = string
}

resource "google_kms_crypto_key_iam_member" "app" {
  crypto_key_id = "projects/acme-prod/locations/europe-west1/keyRings/app/cryptoKeys/orders"
  role          = "roles/cloudkms.cryptoKeyEncrypterDecrypter"
  member        = "serviceAccount:orders@acme-prod.iam.gserviceaccount.com"
}

# Unknown here: no finding.
resource "google_kms_crypto_key_iam_member" "from_var" {
  crypto_key_id = "projects/acme-prod/locations/europe-west1/keyRings/app/cryptoKeys/orders"
  role          = "roles/cloudkms.cryptoKeyDecrypter"
  member        = var.member
}
