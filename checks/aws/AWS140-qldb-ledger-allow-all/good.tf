resource "aws_qldb_ledger" "payments" {
  name             = "payments"
  permissions_mode = "STANDARD"
}
