resource "google_sql_database_instance" "flagged" {
  name             = "orders"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "local_infile"
      value = "on" # expect: GCP023
    }
  }
}
