resource "google_compute_firewall" "ftp" {
  name    = "allow-ftp"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["21"]
  }

  source_ranges = ["0.0.0.0/0"] # expect: GCP066
}

# FTP data port in a range, world-open over IPv6.
resource "google_compute_firewall" "ftp_data" {
  name    = "allow-ftp-data"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["443", "20-21"]
  }

  source_ranges = ["10.0.0.0/8", "::/0"] # expect: GCP066
}

# No source filter at all: Google Cloud applies the rule to 0.0.0.0/0.
resource "google_compute_firewall" "no_source" {
  name    = "allow-ftp-anywhere"
  network = "default"

  allow { # expect: GCP066
    protocol = "tcp"
    ports    = ["21"]
  }
}
