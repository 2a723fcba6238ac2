variable "forward" {
  type = bool
}

resource "google_compute_instance" "plain" {
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

# Unknown here: no finding.
resource "google_compute_instance_template" "from_var" {
  name_prefix    = "worker-"
  machine_type   = "e2-small"
  can_ip_forward = var.forward

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    network = "default"
  }
}
