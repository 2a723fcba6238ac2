variable "sa_email" {
  type = string
}

resource "google_compute_instance" "dedicated" {
  name         = "worker-2"
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

  service_account {
    email  = "worker@acme-prod.iam.gserviceaccount.com"
    scopes = ["cloud-platform"]
  }
}

# The account comes from a variable: unknown, no finding.
resource "google_compute_instance" "from_var" {
  name         = "worker-3"
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

  service_account {
    email  = var.sa_email
    scopes = ["cloud-platform"]
  }
}

# Default account with narrow scopes (reported by GCP008, not here).
resource "google_compute_instance" "narrow" {
  name         = "worker-4"
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

  service_account {
    scopes = ["logging-write", "monitoring-write"]
  }
}
