resource "google_compute_firewall" "rdp" {
  name    = "allow-rdp"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["3389"]
  }

  source_ranges = ["0.0.0.0/0"] # expect: GCP002
}

resource "google_compute_firewall" "range" {
  name    = "allow-range"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["3000-4000"]
  }

  source_ranges = ["::/0"] # expect: GCP002
}

# TCP without ports means every TCP port.
resource "google_compute_firewall" "all_tcp" {
  name    = "allow-all-tcp"
  network = "default"

  allow {
    protocol = "tcp"
  }

  source_ranges = ["0.0.0.0/0"] # expect: GCP002
}
