resource "aws_security_group" "bastion" {
  name        = "bastion"
  description = "SSH from anywhere"
  vpc_id      = var.vpc_id

  ingress {
    description = "ssh"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
}

resource "aws_db_instance" "orders" {
  identifier          = "orders"
  engine              = "postgres"
  instance_class      = "db.t4g.medium"
  allocated_storage   = 50
  publicly_accessible = true
  storage_encrypted   = var.encrypt_orders
}

resource "aws_kms_key" "logs" {
  description         = "log encryption"
  enable_key_rotation = false
}
