resource "google_compute_firewall" "open" {
  name    = "allow-all"
  network = "default"

  allow {
    protocol = "all"
  }

  source_ranges = ["0.0.0.0/0"] # expect: GCP003
}

resource "google_compute_firewall" "all_udp" {
  name    = "allow-all-udp"
  network = "default"

  allow {
    protocol = "udp"
    ports    = ["0-65535"]
  }

  source_ranges = ["::/0"] # expect: GCP003
}
