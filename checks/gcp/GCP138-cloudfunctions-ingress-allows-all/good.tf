variable "ingress" {
  type = string
}

resource "google_cloudfunctions_function" "webhook" {
  name                  = "webhook"
  runtime               = "python312"
  entry_point           = "handle"
  source_archive_bucket = "acme-functions"
  source_archive_object = "webhook.zip"
  trigger_http          = true
  ingress_settings      = "ALLOW_INTERNAL_AND_GCLB"
}

resource "google_cloudfunctions2_function" "api" {
  name     = "api"
  location = "europe-west1"

  build_config {
    runtime     = "go122"
    entry_point = "Serve"
  }

  service_config {
    ingress_settings = "ALLOW_INTERNAL_ONLY"
  }
}

# Unknown here: no finding.
resource "google_cloudfunctions2_function" "from_variable" {
  name     = "jobs"
  location = "europe-west1"

  service_config {
    ingress_settings = var.ingress
  }
}

# Event-triggered functions are not judged.
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
