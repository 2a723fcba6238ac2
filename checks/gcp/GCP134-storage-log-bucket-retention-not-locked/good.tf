variable "locked" {
  type = bool
}

variable "destination" {
  type = string
}

resource "google_storage_bucket" "audit_logs" {
  name                        = "acme-audit-logs"
  location                    = "EU"
  uniform_bucket_level_access = true

  retention_policy {
    retention_period = 31536000
    is_locked        = true
  }
}

resource "google_logging_project_sink" "audit" {
  name        = "audit-to-storage"
  destination = "storage.googleapis.com/${google_storage_bucket.audit_logs.name}"
}

# Unknown here: no finding.
resource "google_storage_bucket" "from_variable" {
  name     = "acme-app-logs"
  location = "EU"

  retention_policy {
    retention_period = 2592000
    is_locked        = var.locked
  }
}

resource "google_logging_folder_sink" "apps" {
  name        = "apps"
  folder      = "folders/1234567"
  destination = "storage.googleapis.com/${google_storage_bucket.from_variable.name}"
}

# A bucket no sink writes to is not judged.
resource "google_storage_bucket" "assets" {
  name     = "acme-assets"
  location = "EU"
}

# A sink whose destination is unknown might write to this bucket: no finding either.
resource "google_storage_bucket" "maybe_logs" {
  name     = "acme-maybe-logs"
  location = "EU"
}

resource "google_logging_project_sink" "elsewhere" {
  name        = "elsewhere"
  destination = var.destination
}
