resource "google_sql_database_instance" "flagged_1" {
  name             = "flagged-1"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "log_min_duration_statement"
      value = "0" # expect: GCP115
    }
  }
}

resource "google_sql_database_instance" "flagged_2" {
  name             = "flagged-2"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "log_min_duration_statement"
      value = "250" # expect: GCP115
    }
  }
}
