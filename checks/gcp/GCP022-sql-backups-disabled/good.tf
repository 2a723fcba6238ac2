variable "backups" {
  type = bool
}

resource "google_sql_database_instance" "backed_up" {
  name             = "orders"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    backup_configuration {
      enabled                        = true
      point_in_time_recovery_enabled = true
    }
  }
}

# Read replicas cannot have backups.
resource "google_sql_database_instance" "replica" {
  name                 = "orders-replica"
  database_version     = "POSTGRES_16"
  region               = "europe-west1"
  master_instance_name = "orders"

  settings {
    tier = "db-custom-2-7680"
  }
}

# Unknown here: no finding.
resource "google_sql_database_instance" "from_var" {
  name             = "billing"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    backup_configuration {
      enabled = var.backups
    }
  }
}
