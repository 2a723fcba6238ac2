variable "ranges" {
  type = list(string)
}

# Named ports only.
resource "google_compute_firewall" "web" {
  name    = "allow-web"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["80", "443"]
  }

  source_ranges = ["0.0.0.0/0"]
}

# A range for an internal network.
resource "google_compute_firewall" "internal" {
  name    = "allow-internal-range"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["8000-9000"]
  }

  source_ranges = ["10.0.0.0/8"]
}

# Unknown here: no finding.
resource "google_compute_firewall" "from_var" {
  name    = "allow-range-from-var"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["8000-9000"]
  }

  source_ranges = var.ranges
}
