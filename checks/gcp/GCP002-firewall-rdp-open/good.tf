variable "rdp_sources" {
  type = list(string)
}

# Sources unknown here: no finding.
resource "google_compute_firewall" "rdp_var" {
  name    = "allow-rdp-var"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["3389"]
  }

  source_ranges = var.rdp_sources
}

resource "google_compute_firewall" "rdp_iap" {
  name    = "allow-rdp-iap"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["3389"]
  }

  source_ranges = ["35.235.240.0/20"]
}

# Ranges that stop short of 3389 or start after it.
resource "google_compute_firewall" "other" {
  name    = "allow-other"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["3000-3388", "3390-3400", "443"]
  }

  source_ranges = ["0.0.0.0/0"]
}
