# Accounts come from another resource: unknown, never reported.
resource "aws_db_snapshot" "release" {
  db_instance_identifier = "orders"
  db_snapshot_identifier = "orders-release"
  shared_accounts        = [aws_organizations_account.partner.id]
}

resource "aws_organizations_account" "partner" {
  name  = "partner"
  email = "partner@example.com"
}
