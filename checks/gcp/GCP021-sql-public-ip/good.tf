variable "public_ip" {
  type = bool
}

resource "google_sql_database_instance" "private" {
  name             = "orders"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme-prod/global/networks/main"
    }
  }
}

# Unknown here: no finding.
resource "google_sql_database_instance" "from_var" {
  name             = "billing"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      ipv4_enabled = var.public_ip
    }
  }
}
