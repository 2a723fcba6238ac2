resource "aws_qldb_ledger" "payments" {
  name                = "payments"
  permissions_mode    = "STANDARD"
  deletion_protection = false # expect: AWS437
}
