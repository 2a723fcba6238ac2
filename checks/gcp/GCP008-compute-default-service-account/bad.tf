resource "google_compute_instance" "implicit" {
  name         = "worker-1"
  machine_type = "e2-small"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"
  }

  service_account { # expect: GCP008
    scopes = ["logging-write"]
  }
}

resource "google_compute_instance_template" "explicit" {
  name_prefix  = "worker-"
  machine_type = "e2-small"

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    network = "default"
  }

  service_account {
    email  = "123456789012-compute@developer.gserviceaccount.com" # expect: GCP008
    scopes = ["logging-write"]
  }
}
