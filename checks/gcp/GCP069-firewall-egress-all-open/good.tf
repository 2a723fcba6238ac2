variable "destinations" {
  type = list(string)
}

# HTTPS only.
resource "google_compute_firewall" "egress_https" {
  name      = "allow-https-egress"
  network   = "default"
  direction = "EGRESS"

  allow {
    protocol = "tcp"
    ports    = ["443"]
  }

  destination_ranges = ["0.0.0.0/0"]
}

# Everything, but only inside the VPC.
resource "google_compute_firewall" "egress_internal" {
  name      = "allow-internal-egress"
  network   = "default"
  direction = "EGRESS"

  allow {
    protocol = "all"
  }

  destination_ranges = ["10.0.0.0/8"]
}

# A deny rule.
resource "google_compute_firewall" "deny_all" {
  name      = "deny-all-egress"
  network   = "default"
  direction = "EGRESS"
  priority  = 65534

  deny {
    protocol = "all"
  }

  destination_ranges = ["0.0.0.0/0"]
}

# Unknown here: no finding.
resource "google_compute_firewall" "from_var" {
  name      = "allow-egress-from-var"
  network   = "default"
  direction = "EGRESS"

  allow {
    protocol = "all"
  }

  destination_ranges = var.destinations
}
