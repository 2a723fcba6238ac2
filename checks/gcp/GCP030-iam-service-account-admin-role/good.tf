variable "sa" {
  type = string
}

resource "google_project_iam_member" "ci_viewer" {
  project = "acme-prod"
  role    = "roles/storage.objectViewer"
  member  = "serviceAccount:ci@acme-prod.iam.gserviceaccount.com"
}

# People, not service accounts.
resource "google_project_iam_member" "admins" {
  project = "acme-prod"
  role    = "roles/compute.admin"
  member  = "group:platform@acme.example"
}

# Unknown here: no finding.
resource "google_project_iam_member" "from_var" {
  project = "acme-prod"
  role    = "roles/editor"
  member  = var.sa
}
