resource "google_compute_instance" "debug" {
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

  metadata = {
    serial-port-enable = "TRUE" # expect: GCP010
  }
}
