variable "client_cidr" {
  type = string
}

resource "google_sql_database_instance" "office" {
  name             = "orders"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      authorized_networks {
        name  = "office"
        value = "203.0.113.0/24"
      }

      # Unknown here: no finding.
      authorized_networks {
        name  = "client"
        value = var.client_cidr
      }
    }
  }
}
