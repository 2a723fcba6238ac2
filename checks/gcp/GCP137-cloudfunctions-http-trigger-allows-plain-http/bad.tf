resource "google_cloudfunctions_function" "webhook" { # expect: GCP137
  name                  = "webhook"
  runtime               = "python312"
  entry_point           = "handle"
  source_archive_bucket = "acme-functions"
  source_archive_object = "webhook.zip"
  trigger_http          = true
}

resource "google_cloudfunctions_function" "report" {
  name                         = "report"
  runtime                      = "nodejs20"
  entry_point                  = "report"
  source_archive_bucket        = "acme-functions"
  source_archive_object        = "report.zip"
  trigger_http                 = true
  https_trigger_security_level = "SECURE_OPTIONAL" # expect: GCP137
}
