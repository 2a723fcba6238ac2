resource "google_project" "app" { # expect: GCP136
  name            = "acme-app"
  project_id      = "acme-app-prod"
  org_id          = "123456789012"
  billing_account = "000000-000000-000000"
}

# Only one service is configured.
resource "google_project" "data" { # expect: GCP136
  name            = "acme-data"
  project_id      = "acme-data-prod"
  org_id          = "123456789012"
  billing_account = "000000-000000-000000"
}

resource "google_project_iam_audit_config" "data_storage" {
  project = google_project.data.project_id
  service = "storage.googleapis.com"

  audit_log_config {
    log_type = "DATA_READ"
  }
}
