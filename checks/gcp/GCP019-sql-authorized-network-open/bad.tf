resource "google_sql_database_instance" "open" {
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

      authorized_networks {
        name  = "everyone"
        value = "0.0.0.0/0" # expect: GCP019
      }
    }
  }
}
