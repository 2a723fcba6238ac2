resource "aws_security_group" "bastion" {
  name   = "bastion"
  vpc_id = "vpc-0a1b2c3d4e5f60718"

  ingress {
    description = "SSH from anywhere"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # expect: AWS001
  }
}

resource "aws_security_group" "jump_v6" {
  name   = "jump-v6"
  vpc_id = "vpc-0a1b2c3d4e5f60718"

  ingress {
    from_port        = 22
    to_port          = 22
    protocol         = "tcp"
    ipv6_cidr_blocks = ["::/0"] # expect: AWS001
  }
}

# A port range that happens to include 22 is just as exposed.
resource "aws_security_group" "legacy_range" {
  name   = "legacy-range"
  vpc_id = "vpc-0a1b2c3d4e5f60718"

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    from_port   = 20
    to_port     = 25
    protocol    = "6"
    cidr_blocks = ["10.20.0.0/16", "0.0.0.0/0"] # expect: AWS001
  }
}

# All traffic covers port 22 whatever from_port and to_port say.
resource "aws_security_group" "wide_open" {
  name   = "wide-open"
  vpc_id = "vpc-0a1b2c3d4e5f60718"

  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"] # expect: AWS001
  }
}
