resource "google_dataproc_cluster_iam_member" "public" {
  project = "acme-prod"
  region  = "europe-west1"
  cluster = "etl"
  role    = "roles/dataproc.editor"
  member  = "allUsers" # expect: GCP141
}

resource "google_dataproc_cluster_iam_binding" "signed_in" {
  project = "acme-prod"
  region  = "europe-west1"
  cluster = "reports"
  role    = "roles/dataproc.editor"
  members = ["group:data-eng@acme.example", "allAuthenticatedUsers"] # expect: GCP141
}
