resource "aws_qldb_ledger" "payments" {
  name             = "payments"
  permissions_mode = "STANDARD"
}

resource "aws_qldb_ledger" "audit" {
  name                = "audit"
  permissions_mode    = "STANDARD"
  deletion_protection = true
}
