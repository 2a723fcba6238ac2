variable "role" {
  type = string
}

# Granted on one service account only.
resource "google_service_account_iam_member" "deployer" {
  service_account_id = "projects/acme-prod/serviceAccounts/runtime@acme-prod.iam.gserviceaccount.com"
  role               = "roles/iam.serviceAccountUser"
  member             = "group:deployers@acme.example"
}

# Unknown here: no finding.
resource "google_project_iam_member" "from_var" {
  project = "acme-prod"
  role    = var.role
  member  = "group:deployers@acme.example"
}
