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

# Unknown account: no finding.
resource "google_compute_instance_template" "from_var" {
  name_prefix  = "worker-"
  machine_type = "e2-small"

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    network = "default"
  }

  service_account {
    email  = var.sa_email
    scopes = ["cloud-platform"]
  }
}

# No service_account block: the VM has no identity at all.
resource "google_compute_instance" "no_identity" {
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
}
