resource "google_project_iam_member" "contractor" {
  project = "acme-prod"
  role    = "roles/editor"
  member  = "user:dev.contractor@gmail.com" # expect: GCP147
}

resource "google_storage_bucket_iam_binding" "exports" {
  bucket = "acme-exports"
  role   = "roles/storage.objectViewer"
  members = [
    "group:partners@acme.example",
    "user:someone@Outlook.com", # expect: GCP147
  ]
}
