data "google_iam_policy" "reports" {
  binding {
    role    = "roles/storage.objectAdmin"
    members = ["group:reporting@acme.example"]
  }

  binding {
    role = "roles/storage.objectViewer"
    members = [
      "allUsers", # expect: GCP144
    ]
  }
}

resource "google_storage_bucket_iam_policy" "reports" {
  bucket      = "acme-reports"
  policy_data = data.google_iam_policy.reports.policy_data
}
