variable "security_level" {
  type = string
}

resource "google_cloudfunctions_function" "webhook" {
  name                         = "webhook"
  runtime                      = "python312"
  entry_point                  = "handle"
  source_archive_bucket        = "acme-functions"
  source_archive_object        = "webhook.zip"
  trigger_http                 = true
  https_trigger_security_level = "SECURE_ALWAYS"
}

# Unknown here: no finding.
resource "google_cloudfunctions_function" "from_variable" {
  name                         = "report"
  runtime                      = "nodejs20"
  entry_point                  = "report"
  source_archive_bucket        = "acme-functions"
  source_archive_object        = "report.zip"
  trigger_http                 = true
  https_trigger_security_level = var.security_level
}

# Event-triggered functions have no HTTP URL.
resource "google_cloudfunctions_function" "on_upload" {
  name                  = "on-upload"
  runtime               = "python312"
  entry_point           = "on_upload"
  source_archive_bucket = "acme-functions"
  source_archive_object = "on-upload.zip"

  event_trigger {
    event_type = "google.storage.object.finalize"
    resource   = "acme-uploads"
  }
}
