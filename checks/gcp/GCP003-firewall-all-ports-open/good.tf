variable "protocol" {
  type = string
}

# The protocol is not known here: no finding.
resource "google_compute_firewall" "var_protocol" {
  name    = "allow-var"
  network = "default"

  allow {
    protocol = var.protocol
  }

  source_ranges = ["0.0.0.0/0"]
}

# Every port, but only from inside the VPC.
resource "google_compute_firewall" "internal" {
  name    = "allow-internal"
  network = "default"

  allow {
    protocol = "all"
  }

  source_ranges = ["10.128.0.0/9"]
}

resource "google_compute_firewall" "web" {
  name    = "allow-web"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["443"]
  }

  allow {
    protocol = "icmp"
  }

  source_ranges = ["0.0.0.0/0"]
}
