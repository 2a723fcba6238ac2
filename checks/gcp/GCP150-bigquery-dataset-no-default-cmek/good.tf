variable "key" {
  type = string
}

resource "google_bigquery_dataset" "sales" {
  dataset_id = "sales"
  location   = "EU"

  default_encryption_configuration {
    kms_key_name = "projects/acme-prod/locations/europe/keyRings/data/cryptoKeys/bigquery"
  }
}

# Unknown here: no finding.
resource "google_bigquery_dataset" "from_variable" {
  dataset_id = "marketing"
  location   = "EU"

  default_encryption_configuration {
    kms_key_name = var.key
  }
}
