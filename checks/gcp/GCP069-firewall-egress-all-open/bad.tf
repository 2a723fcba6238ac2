resource "google_compute_firewall" "egress_all" {
  name      = "allow-all-egress"
  network   = "default"
  direction = "EGRESS"
  priority  = 1000

  allow {
    protocol = "all"
  }

  destination_ranges = ["0.0.0.0/0"] # expect: GCP069
}

# No destination filter: every address.
resource "google_compute_firewall" "egress_tcp" {
  name      = "allow-tcp-egress"
  network   = "default"
  direction = "EGRESS"

  allow { # expect: GCP069
    protocol = "tcp"
  }
}
