resource "google_storage_bucket_iam_member" "public_read" {
  bucket = "acme-site"
  role   = "roles/storage.objectViewer"
  member = "allUsers" # expect: GCP006
}

resource "google_storage_bucket_iam_binding" "readers" {
  bucket = "acme-reports"
  role   = "roles/storage.objectViewer"
  members = [
    "group:analysts@acme.example",
    "allAuthenticatedUsers", # expect: GCP006
  ]
}
