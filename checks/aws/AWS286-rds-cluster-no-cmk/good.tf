resource "aws_rds_cluster" "orders" {
  cluster_identifier          = "orders"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted = true
  kms_key_id        = aws_kms_key.db.arn
}

resource "aws_kms_key" "db" {
  enable_key_rotation = true
}
