resource "google_cloudbuild_worker_pool" "builds" { # expect: GCP158
  name     = "builds"
  location = "europe-west1"

  worker_config {
    machine_type = "e2-standard-4"
  }
}

resource "google_cloudbuild_worker_pool" "release" {
  name     = "release"
  location = "europe-west1"

  worker_config {
    machine_type   = "e2-standard-4"
    no_external_ip = false # expect: GCP158
  }
}
