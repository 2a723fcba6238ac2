variable "protect" {
  type = bool
}

# Not set: the default, true, protects the database.
resource "google_spanner_database" "ledger" {
  instance = "ledger"
  name     = "ledger"
}

resource "google_spanner_database" "orders" {
  instance            = "ledger"
  name                = "orders"
  deletion_protection = true
}

# Unknown here: no finding.
resource "google_spanner_database" "from_variable" {
  instance            = "ledger"
  name                = "events"
  deletion_protection = var.protect
}
