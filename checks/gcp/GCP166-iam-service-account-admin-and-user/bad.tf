resource "google_project_iam_binding" "sa_admins" {
  project = "acme-prod"
  role    = "roles/iam.serviceAccountAdmin"
  members = [
    "group:platform@acme.example", # expect: GCP166
  ]
}

resource "google_project_iam_member" "sa_user" {
  project = "acme-prod"
  role    = "roles/iam.serviceAccountUser"
  member  = "group:platform@acme.example"
}
