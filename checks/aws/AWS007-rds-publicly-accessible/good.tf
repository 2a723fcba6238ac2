resource "aws_db_instance" "analytics" {
  identifier                  = "analytics"
  engine                      = "postgres"
  instance_class              = "db.t4g.large"
  allocated_storage           = 100
  username                    = "analyst"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = false
  db_subnet_group_name        = "private-db"
}

# Not set: the provider default is false.
resource "aws_rds_cluster_instance" "catalog_1" {
  identifier         = "catalog-1"
  cluster_identifier = "catalog"
  engine             = "aurora-mysql"
  instance_class     = "db.r6g.large"
}
