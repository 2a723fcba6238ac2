resource "aws_security_group" "windows" {
  name   = "windows-admin"
  vpc_id = "vpc-0a1b2c3d4e5f60718"

  # Public web traffic is fine for this rule.
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  # RDP only from the corporate VPN.
  ingress {
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    cidr_blocks = ["172.16.0.0/12"]
  }
}
