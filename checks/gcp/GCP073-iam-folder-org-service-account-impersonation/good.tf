variable "role" {
  type = string
}

# Granted on one service account.
resource "google_service_account_iam_member" "deployer" {
  service_account_id = "projects/p/serviceAccounts/deployer@p.iam.gserviceaccount.com"
  role               = "roles/iam.serviceAccountUser"
  member             = "group:platform-ci@example.com"
}

resource "google_folder_iam_member" "viewer" {
  folder = "folders/1234567890"
  role   = "roles/viewer"
  member = "group:auditors@example.com"
}

# Unknown here: no finding.
resource "google_organization_iam_member" "from_var" {
  org_id = "123456789012"
  role   = var.role
  member = "group:platform@example.com"
}
