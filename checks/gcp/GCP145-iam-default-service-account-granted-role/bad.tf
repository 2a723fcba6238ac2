resource "google_project_iam_member" "compute_default_storage" {
  project = "acme-prod"
  role    = "roles/storage.objectAdmin"
  member  = "serviceAccount:123456789012-compute@developer.gserviceaccount.com" # expect: GCP145
}

resource "google_folder_iam_binding" "app_engine_default" {
  folder = "folders/1234567"
  role   = "roles/cloudsql.client"
  members = [
    "serviceAccount:acme-prod@appspot.gserviceaccount.com", # expect: GCP145
  ]
}
