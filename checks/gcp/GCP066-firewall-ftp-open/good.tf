variable "partner_ranges" {
  type = list(string)
}

# Partners only.
resource "google_compute_firewall" "partners" {
  name    = "allow-ftp-partners"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["21"]
  }

  source_ranges = ["203.0.113.0/24"]
}

# Every port: GCP003 reports it.
resource "google_compute_firewall" "all_ports" {
  name    = "allow-all"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["0-65535"]
  }

  source_ranges = ["0.0.0.0/0"]
}

resource "google_compute_firewall" "disabled" {
  name     = "disabled-ftp"
  network  = "default"
  disabled = true

  allow {
    protocol = "tcp"
    ports    = ["21"]
  }

  source_ranges = ["0.0.0.0/0"]
}

# Unknown here: no finding.
resource "google_compute_firewall" "from_var" {
  name    = "allow-ftp-from-var"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["21"]
  }

  source_ranges = var.partner_ranges
}
