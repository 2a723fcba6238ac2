# A root module exercising evaluation: variables from another file and tfvars, a conditional
# count, for_each over a map, a dynamic block, and a two-level local module chain.
module "app" {
  source  = "./modules/app"
  encrypt = var.encrypt_volumes
}

resource "aws_kms_key" "logs" {
  count               = var.create_logs_key ? 1 : 0
  description         = "logs"
  enable_key_rotation = false
}

resource "aws_security_group" "edge" {
  name = "edge"

  dynamic "ingress" {
    for_each = var.open_ports
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}

resource "aws_db_instance" "db" {
  for_each            = local.databases
  identifier          = each.key
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  storage_encrypted   = true
  publicly_accessible = each.value.public
}

resource "aws_ebs_volume" "unknown" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = var.unset_input
}
