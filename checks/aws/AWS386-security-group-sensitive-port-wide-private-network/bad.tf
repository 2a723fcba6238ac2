resource "aws_security_group" "db" {
  name        = "db"
  description = "database"

  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"] # expect: AWS386
  }

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.1.2.0/24", "172.16.0.0/12"] # expect: AWS386
  }
}
