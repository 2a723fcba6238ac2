resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "orders_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = "arn:aws:kms:eu-west-1:111122223333:key/0a1b2c3d-4e5f-6789-abcd-ef0123456789"
}

resource "aws_rds_cluster" "catalog" {
  cluster_identifier          = "catalog"
  engine                      = "aurora-postgresql"
  master_username             = "catalog_admin"
  manage_master_user_password = true
  storage_encrypted           = true
}

# A read replica inherits encryption from its source instance.
resource "aws_db_instance" "orders_replica" {
  identifier          = "orders-replica"
  replicate_source_db = "orders"
  instance_class      = "db.t4g.medium"
}

# Aurora Serverless v1 is always encrypted.
resource "aws_rds_cluster" "reports" {
  cluster_identifier = "reports"
  engine             = "aurora-mysql"
  engine_mode        = "serverless"
  master_username    = "reports_admin"
  master_password    = var.reports_password
}

variable "reports_password" {
  type      = string
  sensitive = true
}
