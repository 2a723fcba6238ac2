resource "google_sql_database_instance" "defaults" { # expect: GCP126
  name             = "defaults"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "slow_query_log"
      value = "on"
    }
  }
}

resource "google_sql_database_instance" "flagged" {
  name             = "flagged"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "skip_show_database"
      value = "off" # expect: GCP126
    }
  }
}
