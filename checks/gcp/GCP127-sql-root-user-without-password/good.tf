resource "random_password" "root" {
  length  = 32
  special = true
}

variable "root_password" {
  type      = string
  sensitive = true
}

resource "google_sql_user" "root" {
  name     = "root"
  instance = "shop"
  host     = "%"
  password = random_password.root.result
}

# Unknown here: no finding.
resource "google_sql_user" "root_from_variable" {
  name     = "root"
  instance = "billing"
  password = var.root_password
}

resource "google_sql_user" "root_write_only" {
  name                = "root"
  instance            = "ledger"
  password_wo         = var.root_password
  password_wo_version = 1
}

# Other users and IAM users are not judged.
resource "google_sql_user" "app" {
  name     = "app"
  instance = "shop"
}

resource "google_sql_user" "iam" {
  name     = "root"
  instance = "billing"
  type     = "CLOUD_IAM_USER"
}
