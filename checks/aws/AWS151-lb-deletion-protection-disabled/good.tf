resource "aws_lb" "front" {
  name                       = "front"
  subnets                    = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  enable_deletion_protection = true
}

variable "protect" {
  type = bool
}

resource "aws_lb" "from_var" {
  name                       = "var"
  subnets                    = ["subnet-0123456789abcdef0"]
  enable_deletion_protection = var.protect
}
