variable "members" {
  type = list(string)
}

resource "google_project_iam_binding" "sa_admins" {
  project = "acme-prod"
  role    = "roles/iam.serviceAccountAdmin"
  members = ["group:iam-admins@acme.example"]
}

resource "google_project_iam_member" "sa_user" {
  project = "acme-prod"
  role    = "roles/iam.serviceAccountUser"
  member  = "group:deployers@acme.example"
}

# Unknown here: no finding.
resource "google_project_iam_binding" "from_variable" {
  project = "acme-prod"
  role    = "roles/iam.serviceAccountUser"
  members = var.members
}
