resource "aws_dms_endpoint" "source" { # expect: AWS463
  endpoint_id   = "orders-source"
  endpoint_type = "source"
  engine_name   = "postgres"
  server_name   = "orders.cluster-abc.eu-west-1.rds.amazonaws.com"
  port          = 5432
  database_name = "orders"
  username      = "dms"
  password      = var.dms_password
}
