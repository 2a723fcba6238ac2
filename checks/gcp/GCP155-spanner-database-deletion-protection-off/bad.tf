resource "google_spanner_database" "ledger" {
  instance            = "ledger"
  name                = "ledger"
  deletion_protection = false # expect: GCP155
}
