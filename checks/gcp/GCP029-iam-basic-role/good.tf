variable "role" {
  type = string
}

resource "google_project_iam_member" "viewer" {
  project = "acme-prod"
  role    = "roles/compute.viewer"
  member  = "group:developers@acme.example"
}

# Unknown here: no finding.
resource "google_project_iam_member" "from_var" {
  project = "acme-prod"
  role    = var.role
  member  = "group:developers@acme.example"
}
