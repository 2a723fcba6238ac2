variable "kms_key" {
  type = string
}

resource "google_compute_instance" "cmek" {
  name         = "app"
  machine_type = "e2-medium"
  zone         = "europe-west1-b"

  boot_disk {
    kms_key_self_link = "projects/p/locations/europe-west1/keyRings/disks/cryptoKeys/boot"
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"
  }
}

# The boot disk is an existing disk, judged on its own.
resource "google_compute_instance" "existing_disk" {
  name         = "db"
  machine_type = "e2-medium"
  zone         = "europe-west1-b"

  boot_disk {
    source = "db-boot"
  }

  network_interface {
    network = "default"
  }
}

# Unknown here: no finding.
resource "google_compute_instance" "from_var" {
  name         = "worker"
  machine_type = "e2-medium"
  zone         = "europe-west1-b"

  boot_disk {
    kms_key_self_link = var.kms_key
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"
  }
}
