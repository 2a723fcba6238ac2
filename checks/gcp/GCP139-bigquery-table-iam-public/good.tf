variable "member" {
  type = string
}

resource "google_bigquery_table_iam_member" "team" {
  project    = "acme-prod"
  dataset_id = "sales"
  table_id   = "orders"
  role       = "roles/bigquery.dataViewer"
  member     = "group:analysts@acme.example"
}

resource "google_bigquery_table_iam_binding" "team" {
  project    = "acme-prod"
  dataset_id = "sales"
  table_id   = "customers"
  role       = "roles/bigquery.dataViewer"
  members    = ["group:analysts@acme.example"]
}

# Unknown here: no finding.
resource "google_bigquery_table_iam_member" "from_variable" {
  project    = "acme-prod"
  dataset_id = "sales"
  table_id   = "orders"
  role       = "roles/bigquery.dataViewer"
  member     = var.member
}
