resource "google_sql_database_instance" "defaults" { # expect: GCP111
  name             = "defaults"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "max_connections"
      value = "200"
    }
  }
}

resource "google_sql_database_instance" "flagged" {
  name             = "flagged"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "log_disconnections"
      value = "off" # expect: GCP111
    }
  }
}
