variable "sources" {
  type = list(string)
}

resource "google_compute_firewall" "mysql_internal" {
  name    = "allow-mysql-internal"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["3306"]
  }

  source_ranges = ["10.10.0.0/16"]
}

resource "google_compute_firewall" "web" {
  name    = "allow-web"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["80", "443", "3000-3305", "5433-6000"]
  }

  source_ranges = ["0.0.0.0/0"]
}

resource "google_compute_firewall" "db_from_app" {
  name    = "allow-db-from-app"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["5432"]
  }

  source_service_accounts = ["app@acme-prod.iam.gserviceaccount.com"]
  target_service_accounts = ["db@acme-prod.iam.gserviceaccount.com"]
}

resource "google_compute_firewall" "egress" {
  name               = "allow-db-egress"
  network            = "default"
  direction          = "EGRESS"
  destination_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "tcp"
    ports    = ["5432"]
  }
}

# Unknown here: no finding.
resource "google_compute_firewall" "from_variable" {
  name    = "allow-mongo"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["27017"]
  }

  source_ranges = var.sources
}
