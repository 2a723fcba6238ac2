resource "google_compute_firewall" "mysql" {
  name    = "allow-mysql"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["3306"]
  }

  source_ranges = ["0.0.0.0/0"] # expect: GCP164
}

# A range that covers PostgreSQL next to an unrelated port.
resource "google_compute_firewall" "pg_range" {
  name      = "allow-db-range"
  network   = "default"
  direction = "INGRESS"

  allow {
    protocol = "tcp"
    ports    = ["443", "5400-5500"]
  }

  source_ranges = ["10.0.0.0/8", "::/0"] # expect: GCP164
}

# No source filter at all means every source.
resource "google_compute_firewall" "redis_everywhere" {
  name    = "allow-redis"
  network = "default"

  allow { # expect: GCP164
    protocol = "tcp"
    ports    = ["6379"]
  }
}
