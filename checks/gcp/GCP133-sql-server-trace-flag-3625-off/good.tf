variable "flag_value" {
  type = string
}

variable "flags" {
  type = list(object({ name = string, value = string }))
}

resource "google_sql_database_instance" "set" {
  name             = "set"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "3625"
      value = "on"
    }
  }
}

# Unknown here: no finding.
resource "google_sql_database_instance" "from_variable" {
  name             = "from-variable"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "3625"
      value = var.flag_value
    }
  }
}

# Flags from a variable without a default: unknown, no finding.
resource "google_sql_database_instance" "dynamic_flags" {
  name             = "dynamic-flags"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    dynamic "database_flags" {
      for_each = var.flags
      content {
        name  = database_flags.value.name
        value = database_flags.value.value
      }
    }
  }
}

# Another engine: not judged.
resource "google_sql_database_instance" "other_engine" {
  name             = "other-engine"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "3625"
      value = "off"
    }
  }
}
