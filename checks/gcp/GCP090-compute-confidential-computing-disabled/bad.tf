resource "google_compute_instance" "db" { # expect: GCP090
  name         = "db"
  machine_type = "n2d-standard-8"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "ubuntu-os-cloud/ubuntu-2404-lts-amd64"
    }
  }

  network_interface {
    network = "default"
  }
}

resource "google_compute_instance_template" "workers" {
  name_prefix  = "workers-"
  machine_type = "c2d-standard-4"

  disk {
    source_image = "ubuntu-os-cloud/ubuntu-2404-lts-amd64"
  }

  network_interface {
    network = "default"
  }

  confidential_instance_config {
    enable_confidential_compute = false # expect: GCP090
  }
}
