resource "google_sql_database_instance" "defaults" { # expect: GCP120
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

resource "google_sql_database_instance" "flagged_1" {
  name             = "flagged-1"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "log_temp_files"
      value = "-1" # expect: GCP120
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
      name  = "log_temp_files"
      value = "10240" # expect: GCP120
    }
  }
}
