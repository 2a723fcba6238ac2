resource "google_compute_firewall" "web" {
  name    = "allow-web"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["80", "443"]
  }

  source_ranges = ["0.0.0.0/0"] # expect: GCP067
}

resource "google_compute_firewall" "range" {
  name    = "allow-low-ports"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["1-1024"]
  }

  source_ranges = ["::/0"] # expect: GCP067
}
