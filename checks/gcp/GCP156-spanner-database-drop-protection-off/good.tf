variable "protect" {
  type = bool
}

resource "google_spanner_database" "ledger" {
  instance               = "ledger"
  name                   = "ledger"
  enable_drop_protection = true
}

# Unknown here: no finding.
resource "google_spanner_database" "from_variable" {
  instance               = "ledger"
  name                   = "events"
  enable_drop_protection = var.protect
}
