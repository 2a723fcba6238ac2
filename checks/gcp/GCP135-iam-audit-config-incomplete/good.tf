variable "exempted" {
  type = list(string)
}

resource "google_project_iam_audit_config" "all" {
  project = "acme-prod"
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

# A configuration for one service adds to the allServices one: not judged on its log types.
resource "google_project_iam_audit_config" "storage" {
  project = "acme-prod"
  service = "storage.googleapis.com"

  audit_log_config {
    log_type = "DATA_READ"
  }
}

# Unknown here: no finding.
resource "google_folder_iam_audit_config" "from_variable" {
  folder  = "folders/1234567"
  service = "allServices"

  audit_log_config {
    log_type = "ADMIN_READ"
  }

  audit_log_config {
    log_type         = "DATA_READ"
    exempted_members = var.exempted
  }

  audit_log_config {
    log_type = "DATA_WRITE"
  }
}
