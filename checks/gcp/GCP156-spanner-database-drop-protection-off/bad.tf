resource "google_spanner_database" "ledger" { # expect: GCP156
  instance = "ledger"
  name     = "ledger"
}

resource "google_spanner_database" "orders" {
  instance               = "ledger"
  name                   = "orders"
  enable_drop_protection = false # expect: GCP156
}
