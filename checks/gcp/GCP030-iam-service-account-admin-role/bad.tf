resource "google_project_iam_member" "ci_editor" {
  project = "acme-prod"
  role    = "roles/editor"
  member  = "serviceAccount:ci@acme-prod.iam.gserviceaccount.com" # expect: GCP030
}

resource "google_project_iam_binding" "storage_admins" {
  project = "acme-prod"
  role    = "roles/storage.admin"
  members = [
    "group:storage-admins@acme.example",
    "serviceAccount:etl@acme-prod.iam.gserviceaccount.com", # expect: GCP030
  ]
}
