resource "aws_dms_endpoint" "source" { # expect: AWS356
  endpoint_id   = "orders-source"
  endpoint_type = "source"
  engine_name   = "postgres"
  server_name   = "orders.db.internal"
  port          = 5432
  database_name = "orders"
  username      = "dms"
  password      = "example-only"
}

resource "aws_dms_endpoint" "target" {
  endpoint_id   = "orders-target"
  endpoint_type = "target"
  engine_name   = "aurora"
  server_name   = "orders.cluster-abc.eu-west-1.rds.amazonaws.com"
  port          = 3306
  username      = "dms"
  password      = "example-only"
  ssl_mode      = "none" # expect: AWS356
}
