resource "google_bigquery_dataset" "sales" {
  dataset_id = "sales"
  location   = "EU"
}

resource "google_bigquery_table" "orders" { # expect: GCP149
  dataset_id = google_bigquery_dataset.sales.dataset_id
  table_id   = "orders"
}
