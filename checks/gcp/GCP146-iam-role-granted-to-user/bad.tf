resource "google_project_iam_member" "alice" {
  project = "acme-prod"
  role    = "roles/bigquery.dataEditor"
  member  = "user:alice@acme.example" # expect: GCP146
}

resource "google_organization_iam_binding" "billing" {
  org_id = "123456789012"
  role   = "roles/billing.viewer"
  members = [
    "group:finance@acme.example",
    "user:bob@acme.example", # expect: GCP146
  ]
}

data "google_iam_policy" "admins" {
  binding {
    role    = "roles/resourcemanager.projectIamAdmin"
    members = ["user:carol@acme.example"] # expect: GCP146
  }
}
