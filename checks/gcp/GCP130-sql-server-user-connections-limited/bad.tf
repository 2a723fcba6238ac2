resource "google_sql_database_instance" "flagged" {
  name             = "flagged"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "user connections"
      value = "50" # expect: GCP130
    }
  }
}
