resource "aws_db_instance" "orders" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  storage_encrypted = true
  multi_az          = true
}

# A read replica follows its source.
resource "aws_db_instance" "orders_replica" {
  identifier          = "orders-ro"
  replicate_source_db = aws_db_instance.orders.identifier
  instance_class      = "db.m6g.large"
}

variable "multi_az" {
  type = bool
}

resource "aws_db_instance" "staging" {
  identifier        = "staging"
  engine            = "postgres"
  instance_class    = "db.t4g.small"
  allocated_storage = 20
  multi_az          = var.multi_az
}
