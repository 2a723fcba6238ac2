resource "google_sql_database_instance" "flagged" {
  name             = "flagged"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "log_error_verbosity"
      value = "verbose" # expect: GCP117
    }
  }
}
