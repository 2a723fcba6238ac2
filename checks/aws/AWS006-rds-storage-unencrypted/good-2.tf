variable "encrypt_storage" {
  type = bool
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "mysql"
  instance_class              = "db.t4g.small"
  allocated_storage           = 20
  username                    = "orders_admin"
  manage_master_user_password = true
  storage_encrypted           = var.encrypt_storage
}
