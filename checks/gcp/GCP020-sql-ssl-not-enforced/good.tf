variable "ssl_mode" {
  type = string
}

resource "google_sql_database_instance" "encrypted" {
  name             = "orders"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      ssl_mode = "ENCRYPTED_ONLY"
    }
  }
}

# Older providers.
resource "google_sql_database_instance" "legacy" {
  name             = "legacy"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      require_ssl = true
    }
  }
}

# Unknown here: no finding.
resource "google_sql_database_instance" "from_var" {
  name             = "billing"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      ssl_mode = var.ssl_mode
    }
  }
}
