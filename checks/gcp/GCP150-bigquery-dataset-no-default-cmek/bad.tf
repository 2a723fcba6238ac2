resource "google_bigquery_dataset" "sales" { # expect: GCP150
  dataset_id = "sales"
  location   = "EU"
}
