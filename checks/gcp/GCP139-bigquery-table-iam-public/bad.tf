resource "google_bigquery_table_iam_member" "public" {
  project    = "acme-prod"
  dataset_id = "sales"
  table_id   = "orders"
  role       = "roles/bigquery.dataViewer"
  member     = "allUsers" # expect: GCP139
}

resource "google_bigquery_table_iam_binding" "signed_in" {
  project    = "acme-prod"
  dataset_id = "sales"
  table_id   = "customers"
  role       = "roles/bigquery.dataViewer"
  members    = ["group:analysts@acme.example", "allAuthenticatedUsers"] # expect: GCP139
}
