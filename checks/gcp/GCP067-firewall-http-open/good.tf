variable "sources" {
  type = list(string)
}

# Only Google's load balancer and health-check ranges.
resource "google_compute_firewall" "lb" {
  name    = "allow-lb"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["80"]
  }

  source_ranges = ["130.211.0.0/22", "35.191.0.0/16"]
}

# HTTPS only.
resource "google_compute_firewall" "https" {
  name    = "allow-https"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["443", "8443"]
  }

  source_ranges = ["0.0.0.0/0"]
}

# Unknown here: no finding.
resource "google_compute_firewall" "from_var" {
  name    = "allow-web-from-var"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["80"]
  }

  source_ranges = var.sources
}
