variable "public" {
  type = bool
}

resource "aws_db_instance" "sandbox" {
  identifier                  = "sandbox"
  engine                      = "mysql"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "sandbox"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = var.public
}
