variable "member" {
  type = string
}

resource "google_project_iam_member" "analysts" {
  project = "acme-prod"
  role    = "roles/bigquery.dataViewer"
  member  = "group:analysts@acme.example"
}

resource "google_project_iam_binding" "deployers" {
  project = "acme-prod"
  role    = "roles/run.developer"
  members = ["serviceAccount:deployer@acme-prod.iam.gserviceaccount.com"]
}

# Unknown here: no finding.
resource "google_project_iam_member" "from_variable" {
  project = "acme-prod"
  role    = "roles/viewer"
  member  = var.member
}
