variable "no_external_ip" {
  type = bool
}

resource "google_cloudbuild_worker_pool" "builds" {
  name     = "builds"
  location = "europe-west1"

  worker_config {
    machine_type   = "e2-standard-4"
    no_external_ip = true
  }

  network_config {
    peered_network = "projects/acme-prod/global/networks/builds"
  }
}

# Unknown here: no finding.
resource "google_cloudbuild_worker_pool" "from_variable" {
  name     = "release"
  location = "europe-west1"

  worker_config {
    no_external_ip = var.no_external_ip
  }
}
