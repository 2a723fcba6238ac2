resource "google_bigquery_dataset" "shared" {
  dataset_id = "sales"
  location   = "EU"

  access {
    role          = "OWNER"
    user_by_email = "data-owner@acme.example"
  }

  access {
    role          = "READER"
    special_group = "allAuthenticatedUsers" # expect: GCP028
  }
}

resource "google_bigquery_dataset_iam_member" "world" {
  dataset_id = "sales"
  role       = "roles/bigquery.dataViewer"
  member     = "allUsers" # expect: GCP028
}

resource "google_bigquery_dataset_access" "any_account" {
  dataset_id    = "sales"
  role          = "READER"
  special_group = "allAuthenticatedUsers" # expect: GCP028
}
