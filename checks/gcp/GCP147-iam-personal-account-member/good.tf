variable "member" {
  type = string
}

resource "google_project_iam_member" "employee" {
  project = "acme-prod"
  role    = "roles/viewer"
  member  = "user:alice@acme.example"
}

# A corporate domain that merely contains a provider's name is not a personal account.
resource "google_project_iam_member" "lookalike" {
  project = "acme-prod"
  role    = "roles/viewer"
  member  = "user:bob@mail.acme.example"
}

# Unknown here: no finding.
resource "google_project_iam_member" "from_variable" {
  project = "acme-prod"
  role    = "roles/viewer"
  member  = var.member
}
