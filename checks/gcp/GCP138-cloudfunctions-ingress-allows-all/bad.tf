resource "google_cloudfunctions_function" "webhook" { # expect: GCP138
  name                  = "webhook"
  runtime               = "python312"
  entry_point           = "handle"
  source_archive_bucket = "acme-functions"
  source_archive_object = "webhook.zip"
  trigger_http          = true
}

resource "google_cloudfunctions2_function" "api" {
  name     = "api"
  location = "europe-west1"

  build_config {
    runtime     = "go122"
    entry_point = "Serve"
  }

  service_config {
    available_memory = "256M"
    ingress_settings = "ALLOW_ALL" # expect: GCP138
  }
}
