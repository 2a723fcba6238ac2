variable "member" {
  type = string
}

resource "google_service_account" "reports" {
  account_id = "reports"
}

resource "google_project_iam_member" "dedicated" {
  project = "acme-prod"
  role    = "roles/storage.objectViewer"
  member  = "serviceAccount:${google_service_account.reports.email}"
}

resource "google_project_iam_member" "named" {
  project = "acme-prod"
  role    = "roles/logging.logWriter"
  member  = "serviceAccount:gke-nodes@acme-prod.iam.gserviceaccount.com"
}

# Unknown here: no finding.
resource "google_project_iam_member" "from_variable" {
  project = "acme-prod"
  role    = "roles/storage.objectViewer"
  member  = var.member
}
