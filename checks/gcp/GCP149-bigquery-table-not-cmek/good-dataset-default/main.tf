# The dataset's default key protects the tables created in it.
resource "google_bigquery_dataset" "sales" {
  dataset_id = "sales"
  location   = "EU"

  default_encryption_configuration {
    kms_key_name = "projects/acme-prod/locations/europe/keyRings/data/cryptoKeys/bigquery"
  }
}

resource "google_bigquery_table" "orders" {
  dataset_id = google_bigquery_dataset.sales.dataset_id
  table_id   = "orders"
}
