variable "external" {
  type = list(object({ nat_ip = string }))
}

resource "google_compute_instance" "private" {
  name = "worker-1"
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

# Whether an access config exists is decided by a variable: no finding.
resource "google_compute_instance" "maybe" {
  name = "worker-2"
  machine_type = "e2-small"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"

    dynamic "access_config" {
      for_each = var.external
      content {
        nat_ip = access_config.value.nat_ip
      }
    }
  }
}

# An empty list expands to no block at all.
resource "google_compute_instance" "none" {
  name = "worker-3"
  machine_type = "e2-small"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"

    dynamic "access_config" {
      for_each = []
      content {}
    }
  }
}
