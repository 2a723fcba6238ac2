variable "member" {
  type = string
}

resource "google_storage_bucket_iam_member" "team" {
  bucket = "acme-reports"
  role   = "roles/storage.objectViewer"
  member = "group:analysts@acme.example"
}

# Unknown here: no finding.
resource "google_storage_bucket_iam_member" "from_var" {
  bucket = "acme-reports"
  role   = "roles/storage.objectViewer"
  member = var.member
}

resource "google_storage_bucket_iam_binding" "writers" {
  bucket  = "acme-reports"
  role    = "roles/storage.objectCreator"
  members = ["serviceAccount:etl@acme-prod.iam.gserviceaccount.com"]
}
