resource "google_sql_database_instance" "shop" {
  name             = "shop"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_sql_user" "root" { # expect: GCP127
  name     = "root"
  instance = google_sql_database_instance.shop.name
  host     = "%"
}

resource "google_sql_user" "root_empty" {
  name     = "root"
  instance = google_sql_database_instance.shop.name
  host     = "localhost"
  password = "" # expect: GCP127
}
