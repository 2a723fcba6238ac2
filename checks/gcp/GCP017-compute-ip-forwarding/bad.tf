resource "google_compute_instance" "router" {
  name = "router-1"
  machine_type = "e2-small"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  can_ip_forward = true # expect: GCP017

  network_interface {
    network = "default"
  }
}
