variable "flag_value" {
  type = string
}

resource "google_sql_database_instance" "off" {
  name             = "orders"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "cross db ownership chaining"
      value = "off"
    }

    # Unknown here: no finding.
    database_flags {
      name  = "cross db ownership chaining"
      value = var.flag_value
    }
  }
}

# Other engines do not have this flag.
resource "google_sql_database_instance" "postgres" {
  name             = "billing"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "cross db ownership chaining"
      value = "on"
    }
  }
}
