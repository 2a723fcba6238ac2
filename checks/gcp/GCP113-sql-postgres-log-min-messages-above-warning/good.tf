variable "flag_value" {
  type = string
}

variable "flags" {
  type = list(object({ name = string, value = string }))
}

resource "google_sql_database_instance" "set_1" {
  name             = "set-1"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "log_min_messages"
      value = "warning"
    }
  }
}

resource "google_sql_database_instance" "set_2" {
  name             = "set-2"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "log_min_messages"
      value = "notice"
    }
  }
}

# Not set: the default, warning, is fine.
resource "google_sql_database_instance" "default" {
  name             = "default"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
  }
}

# Unknown here: no finding.
resource "google_sql_database_instance" "from_variable" {
  name             = "from-variable"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "log_min_messages"
      value = var.flag_value
    }
  }
}

# Flags from a variable without a default: unknown, no finding.
resource "google_sql_database_instance" "dynamic_flags" {
  name             = "dynamic-flags"
  database_version = "POSTGRES_16"
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
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "log_min_messages"
      value = "error"
    }
  }
}
