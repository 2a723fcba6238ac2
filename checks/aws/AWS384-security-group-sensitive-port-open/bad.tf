resource "aws_security_group" "db" {
  name        = "db"
  description = "database"

  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # expect: AWS384
  }

  ingress {
    from_port        = 6000
    to_port          = 6500
    protocol         = "tcp"
    ipv6_cidr_blocks = ["::/0"] # expect: AWS384
  }

  ingress {
    from_port   = 2383
    to_port     = 2383
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8", "0.0.0.0/0"] # expect: AWS384
  }
}
