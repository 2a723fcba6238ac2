resource "google_sql_database_instance" "defaults" { # expect: GCP132
  name             = "defaults"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "contained database authentication"
      value = "off"
    }
  }
}

resource "google_sql_database_instance" "flagged" {
  name             = "flagged"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "remote access"
      value = "on" # expect: GCP132
    }
  }
}
