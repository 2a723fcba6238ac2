resource "google_compute_firewall" "nodeports" {
  name    = "allow-nodeports"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["30000-32767"]
  }

  source_ranges = ["0.0.0.0/0"] # expect: GCP068
}

resource "google_compute_firewall" "media" {
  name    = "allow-media"
  network = "default"

  allow { # expect: GCP068
    protocol = "udp"
    ports    = ["10000-20000"]
  }
}
