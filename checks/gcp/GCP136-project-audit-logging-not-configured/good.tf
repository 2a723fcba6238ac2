variable "audited_project" {
  type = string
}

resource "google_project" "app" {
  name            = "acme-app"
  project_id      = "acme-app-prod"
  org_id          = "123456789012"
  billing_account = "000000-000000-000000"
}

resource "google_project_iam_audit_config" "app" {
  project = google_project.app.project_id
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

# An audit configuration whose project is unknown might be this project's: no finding.
resource "google_project" "other" {
  name            = "acme-other"
  project_id      = "acme-other-prod"
  org_id          = "123456789012"
  billing_account = "000000-000000-000000"
}

resource "google_project_iam_audit_config" "from_variable" {
  project = var.audited_project
  service = "allServices"

  audit_log_config {
    log_type = "DATA_READ"
  }
}
