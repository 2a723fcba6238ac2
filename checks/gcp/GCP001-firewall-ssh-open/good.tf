# SSH only through Identity-Aware Proxy.
resource "google_compute_firewall" "iap_ssh" {
  name    = "allow-iap-ssh"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }

  source_ranges = ["35.235.240.0/20"]
}

# Public HTTPS only.
resource "google_compute_firewall" "web" {
  name    = "allow-web"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["80", "443", "8000-8080"]
  }

  source_ranges = ["0.0.0.0/0"]
}

# Egress and disabled rules do not admit anything.
resource "google_compute_firewall" "egress" {
  name      = "egress-ssh"
  network   = "default"
  direction = "EGRESS"

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }

  destination_ranges = ["0.0.0.0/0"]
}

resource "google_compute_firewall" "disabled" {
  name     = "disabled-ssh"
  network  = "default"
  disabled = true

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }

  source_ranges = ["0.0.0.0/0"]
}

# Sources selected by tag only: no implicit 0.0.0.0/0.
resource "google_compute_firewall" "by_tag" {
  name    = "allow-ssh-from-bastion"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }

  source_tags = ["bastion"]
}
