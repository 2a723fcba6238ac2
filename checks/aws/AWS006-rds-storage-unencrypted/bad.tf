resource "aws_db_instance" "orders" { # expect: AWS006
  identifier                  = "orders"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "orders_admin"
  manage_master_user_password = true
  skip_final_snapshot         = true
}

resource "aws_rds_cluster" "catalog" {
  cluster_identifier          = "catalog"
  engine                      = "aurora-mysql"
  master_username             = "catalog_admin"
  manage_master_user_password = true
  storage_encrypted           = false # expect: AWS006
}
