resource "google_project_iam_audit_config" "writes_only" {
  project = "acme-prod"
  service = "allServices" # expect: GCP135

  audit_log_config {
    log_type = "ADMIN_READ"
  }

  audit_log_config {
    log_type = "DATA_WRITE"
  }
}

resource "google_organization_iam_audit_config" "exempt" {
  org_id  = "123456789012"
  service = "allServices"

  audit_log_config {
    log_type = "ADMIN_READ"
  }

  audit_log_config {
    log_type = "DATA_READ"
    exempted_members = [
      "serviceAccount:etl@acme-prod.iam.gserviceaccount.com", # expect: GCP135
    ]
  }

  audit_log_config {
    log_type = "DATA_WRITE"
  }
}
