variable "public" {
  type = bool
}

# Unknown value: decided per environment, never reported.
resource "aws_subnet" "maybe_public" {
  vpc_id                  = "vpc-0123456789abcdef0"
  cidr_block              = "10.0.3.0/24"
  map_public_ip_on_launch = var.public
}
