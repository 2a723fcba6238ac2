# The organization's audit configuration covers every project under it.
resource "google_organization_iam_audit_config" "all" {
  org_id  = "123456789012"
  service = "allServices"

  audit_log_config {
    log_type = "ADMIN_READ"
  }

  audit_log_config {
    log_type = "DATA_READ"
  }

  audit_log_config {
    log_type = "DATA_WRITE"
  }
}

resource "google_project" "app" {
  name            = "acme-app"
  project_id      = "acme-app-prod"
  org_id          = "123456789012"
  billing_account = "000000-000000-000000"
}
