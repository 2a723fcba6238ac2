resource "google_compute_firewall" "ssh" {
  name    = "allow-ssh"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }

  source_ranges = ["0.0.0.0/0"] # expect: GCP001
}

# A range that covers 22, next to an unrelated port.
resource "google_compute_firewall" "admin_range" {
  name      = "admin-range"
  network   = "default"
  direction = "INGRESS"

  allow {
    protocol = "tcp"
    ports    = ["443", "20-25"]
  }

  source_ranges = ["10.0.0.0/8", "::/0"] # expect: GCP001
}

# Every protocol covers SSH.
resource "google_compute_firewall" "everything" {
  name    = "allow-everything"
  network = "default"

  allow {
    protocol = "all"
  }

  source_ranges = ["0.0.0.0/0"] # expect: GCP001
}

# No source filter at all: Google Cloud applies the rule to 0.0.0.0/0.
resource "google_compute_firewall" "no_source" {
  name    = "allow-ssh-anywhere"
  network = "default"

  allow { # expect: GCP001
    protocol = "tcp"
    ports    = ["22"]
  }
}
