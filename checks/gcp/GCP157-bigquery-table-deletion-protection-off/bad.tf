resource "google_bigquery_table" "orders" {
  dataset_id          = "sales"
  table_id            = "orders"
  deletion_protection = false # expect: GCP157
}
