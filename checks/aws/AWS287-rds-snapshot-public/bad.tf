resource "aws_db_snapshot" "release" {
  db_instance_identifier = "orders"
  db_snapshot_identifier = "orders-release"
  shared_accounts        = ["all"] # expect: AWS287
}
