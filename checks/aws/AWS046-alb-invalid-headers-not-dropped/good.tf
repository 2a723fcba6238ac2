variable "drop" {
  type = bool
}

resource "aws_lb" "web" {
  name                       = "web"
  subnets                    = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  drop_invalid_header_fields = true
}

# Not an application load balancer: no HTTP headers to drop.
resource "aws_lb" "tcp" {
  name               = "tcp"
  load_balancer_type = "network"
  subnets            = ["subnet-0123456789abcdef0"]
}

resource "aws_lb" "configurable" {
  name                       = "configurable"
  subnets                    = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  drop_invalid_header_fields = var.drop
}
